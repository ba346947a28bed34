import { describe, expect, it } from "vitest";
import { containsPoint } from "./derive-held";
import { boxPolygon, type MultiPolygon } from "../../../lib/geometry";

const square = (w: number, s: number, e: number, n: number) => boxPolygon([w, s, e, n])[0]!;

describe("containsPoint", () => {
  const held: MultiPolygon = [
    [square(30, 48, 31, 49), square(30.4, 48.4, 30.6, 48.6)],
    [square(35, 47, 36, 48)],
  ];
  it("finds a point inside either part", () => {
    expect(containsPoint(held, [30.2, 48.2])).toBe(true);
    expect(containsPoint(held, [35.5, 47.5])).toBe(true);
  });
  it("treats a hole and the outside as not held", () => {
    expect(containsPoint(held, [30.5, 48.5])).toBe(false);
    expect(containsPoint(held, [33, 48])).toBe(false);
    expect(containsPoint([], [30.2, 48.2])).toBe(false);
  });
});
