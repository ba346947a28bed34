import { describe, expect, it } from "vitest";
import { deriveBarSlot } from "./derive-bar-slot";

const slots = (start: number, end: number, count: number) =>
  Array.from({ length: count }, (_, index) => deriveBarSlot(start, end, { index, count }));

describe("deriveBarSlot", () => {
  it("puts two bars side by side with a 4 px gap in a wide band, clear of its edges", () => {
    const [a, b] = slots(100, 200, 2);
    expect(a!.left).toBeCloseTo(112);
    expect(b!.left - (a!.left + a!.width)).toBeCloseTo(4);
    expect(b!.left + b!.width).toBeCloseTo(188);
  });

  it("keeps twelve categories inside a narrow week instead of spilling into the next", () => {
    for (const [start, end] of [
      [0, 30],
      [0, 5],
    ] as const) {
      const group = slots(start, end, 12);
      expect(group[0]!.left).toBeGreaterThanOrEqual(start);
      expect(group[11]!.left + group[11]!.width).toBeLessThanOrEqual(end);
      for (const s of group) expect(s.width).toBeGreaterThan(0);
      // In order, without overlapping.
      for (let i = 1; i < group.length; i++)
        expect(group[i]!.left).toBeGreaterThanOrEqual(group[i - 1]!.left + group[i - 1]!.width - 1e-9);
    }
  });

  it("gives a single bar the band less its margins", () => {
    expect(deriveBarSlot(0, 50, { index: 0, count: 1 })).toEqual({ left: 6, width: 38 });
  });
});
