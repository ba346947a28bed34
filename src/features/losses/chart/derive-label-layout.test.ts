import { describe, expect, it } from "vitest";
import { deriveLabelsThatFit } from "./derive-label-layout";

describe("deriveLabelsThatFit", () => {
  it("drops a label that would overlap the one before it, and keeps the next one that fits", () => {
    // Positions in pixels; labels need 14 px.
    expect(deriveLabelsThatFit([10, 20, 30, 100], 14)).toEqual([0, 2, 3]);
  });
  it("works on unsorted positions and returns indexes in input order", () => {
    expect(deriveLabelsThatFit([100, 10, 12], 14)).toEqual([0, 1]);
  });
});
