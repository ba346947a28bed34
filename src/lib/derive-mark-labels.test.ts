import { describe, expect, it } from "vitest";
import { deriveMarkLabels, labelWidth } from "./derive-mark-labels";

describe("deriveMarkLabels", () => {
  const w = labelWidth("NZZ +1 km²");

  it("keeps every label when the lines are far apart", () => {
    const marks = [0, 1, 2].map((k) => ({ x: w + k * (w + 20), label: "NZZ +1 km²" }));
    expect([...deriveMarkLabels(marks)].sort()).toEqual([0, 1, 2]);
  });

  it("drops labels that would print over the last one kept, whatever the input order", () => {
    const marks = [
      { x: w + 30, label: "NZZ +1 km²" }, // overlaps the first
      { x: w, label: "NZZ +1 km²" },
      { x: 3 * w, label: "NZZ +1 km²" },
    ];
    expect([...deriveMarkLabels(marks)].sort()).toEqual([1, 2]);
  });

  it("drops a label that would run past the left edge of the plot", () => {
    expect(deriveMarkLabels([{ x: 10, label: "DeepState -16,533 km²" }], 0).size).toBe(0);
  });
});
