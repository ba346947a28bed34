import { describe, expect, it } from "vitest";
import { deriveLogSafeValues } from "./derive-log-safe-values";

describe("deriveLogSafeValues", () => {
  it("turns zero and negative values into gaps and counts them", () => {
    expect(deriveLogSafeValues([5, 0, -3, null, 12])).toEqual({
      values: [5, null, null, null, 12],
      hidden: 2,
    });
  });
});
