import { describe, expect, it } from "vitest";
import { deriveStatusBars } from "./derive-status-bars";

const margin = { top: 4, right: 10, bottom: 20, left: 70 };
const statuses = ["lost", "taken", "left"] as const;

describe("deriveStatusBars", () => {
  // Made-up counts: A has 30 + 0 + 10, B has 5 + 15 + 0.
  const rows = [
    { label: "A", lost: 30, taken: 0, left: 10 },
    { label: "B", lost: 5, taken: 15, left: 0 },
  ];
  const layout = deriveStatusBars(rows, statuses, 420, { rowHeight: 50, margin });

  it("puts the value axis on round ticks from zero past the longest bar", () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    expect(layout.ticks[0]!.x).toBe(70);
    expect(layout.ticks.at(-1)!.x).toBe(410);
  });

  it("stacks each side's statuses in order from zero, leaving out the empty ones", () => {
    const [a, b] = layout.bars;
    expect(a!.segments.map((s) => [s.status, s.value])).toEqual([
      ["lost", 30],
      ["left", 10],
    ]);
    // 340 px for 40: 8.5 px a unit.
    expect(a!.segments[1]).toMatchObject({ x: 70 + 30 * 8.5, width: 10 * 8.5 });
    expect(b!.segments.map((s) => s.x)).toEqual([70, 70 + 5 * 8.5]);
  });

  it("gives each side its own row, the bar centred in it", () => {
    expect(layout.plot.height).toBe(100);
    expect(layout.bars.map((b) => [b.label, b.y, b.height])).toEqual([
      ["A", 4 + 5, 40],
      ["B", 4 + 50 + 5, 40],
    ]);
  });
});
