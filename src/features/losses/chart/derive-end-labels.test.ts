import { describe, expect, it } from "vitest";
import { deriveEndLabels } from "./derive-end-labels";

describe("deriveEndLabels", () => {
  it("keeps labels at their line ends when they do not collide", () => {
    expect(deriveEndLabels([50, 10, 90], 12, 0, 100)).toEqual([50, 10, 90]);
  });

  it("pushes colliding labels apart by at least the label height, in the lines' order", () => {
    const ys = deriveEndLabels([40, 42, 41], 12, 0, 100);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(12);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(12);
    expect(ys[0]).toBeLessThan(ys[2]!); // 40 stays above 41
  });

  it("keeps a stack at the bottom inside the plot", () => {
    const ys = deriveEndLabels([99, 100, 100], 12, 0, 100);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    expect(Math.min(...ys)).toBe(76);
  });
});
