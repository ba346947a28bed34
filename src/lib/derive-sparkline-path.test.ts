import { describe, expect, it } from "vitest";
import { deriveDownsampled, deriveSparklinePath } from "./derive-sparkline-path";

describe("deriveDownsampled", () => {
  it("averages runs down to the requested number of points", () => {
    expect(deriveDownsampled([1, 3, 5, 7, 9, 11], 3)).toEqual([2, 6, 10]);
  });
  it("keeps a run of missing days as a gap and short series as they are", () => {
    expect(deriveDownsampled([null, null, 4, 6], 2)).toEqual([null, 5]);
    expect(deriveDownsampled([1, null], 5)).toEqual([1, null]);
  });
});

describe("deriveSparklinePath", () => {
  it("puts the maximum at the top and zero at the bottom", () => {
    expect(deriveSparklinePath([0, 10], 100, 20)).toBe("M0.0,20.0L100.0,0.0");
  });
  it("breaks the line at a gap and draws nothing without data", () => {
    expect(deriveSparklinePath([5, null, 5], 10, 10)).toBe("M0.0,0.0M10.0,0.0");
    expect(deriveSparklinePath([null, null], 10, 10)).toBe("");
  });
});
