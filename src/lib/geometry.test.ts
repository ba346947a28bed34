import { describe, expect, it } from "vitest";
import { containsPoint, distanceToEdgeKm, type MultiPolygon, type Ring } from "./geometry";

const square = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe("the shared point-in-polygon rule", () => {
  it("holds a point on a west or south edge and not on an east or north one", () => {
    const held: MultiPolygon = [[square(30, 48, 31, 49)]];
    expect([
      containsPoint(held, [30, 48.5]),
      containsPoint(held, [30.5, 48]),
      containsPoint(held, [31, 48.5]),
      containsPoint(held, [30.5, 49]),
    ]).toEqual([true, true, false, false]);
  });

  it("holds an island inside a hole", () => {
    const held: MultiPolygon = [
      [square(30, 48, 31, 49), square(30.2, 48.2, 30.8, 48.8)],
      [square(30.4, 48.4, 30.6, 48.6)],
    ];
    expect([containsPoint(held, [30.3, 48.3]), containsPoint(held, [30.5, 48.5])]).toEqual([false, true]);
  });
});

describe("distance to the edge of the held area", () => {
  it("measures to the nearest edge in km (1° of latitude ≈ 110.57 km), inside or outside", () => {
    const held: MultiPolygon = [[square(30, 48, 31, 49)]];
    expect(distanceToEdgeKm(held, [30.5, 48.9])).toBeCloseTo(11.057, 2);
    expect(distanceToEdgeKm(held, [30.5, 49.5])).toBeCloseTo(55.285, 2);
    expect(distanceToEdgeKm([], [30.5, 49.5])).toBe(Infinity);
  });
});
