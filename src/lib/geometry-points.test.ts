import { describe, expect, it } from "vitest";
import {
  multiPolygonContains,
  multiPolygonContainsPoints,
  distanceToEdgeKm,
  type MultiPolygon,
  type Ring,
} from "./geometry";

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
      multiPolygonContains(held, [30, 48.5]),
      multiPolygonContains(held, [30.5, 48]),
      multiPolygonContains(held, [31, 48.5]),
      multiPolygonContains(held, [30.5, 49]),
    ]).toEqual([true, true, false, false]);
  });

  it("finds a point in either part of a multipolygon, not in a hole, the outside or an empty shape", () => {
    const held: MultiPolygon = [
      [square(30, 48, 31, 49), square(30.4, 48.4, 30.6, 48.6)],
      [square(35, 47, 36, 48)],
    ];
    expect([
      multiPolygonContains(held, [30.2, 48.2]),
      multiPolygonContains(held, [35.5, 47.5]),
      multiPolygonContains(held, [30.5, 48.5]),
      multiPolygonContains(held, [33, 48]),
      multiPolygonContains([], [30.2, 48.2]),
    ]).toEqual([true, true, false, false, false]);
  });

  it("holds an island inside a hole", () => {
    const held: MultiPolygon = [
      [square(30, 48, 31, 49), square(30.2, 48.2, 30.8, 48.8)],
      [square(30.4, 48.4, 30.6, 48.6)],
    ];
    expect([multiPolygonContains(held, [30.3, 48.3]), multiPolygonContains(held, [30.5, 48.5])]).toEqual([
      false,
      true,
    ]);
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

describe("many points at once", () => {
  it("answers exactly as multiPolygonContains, edges, holes and islands included", () => {
    const held: MultiPolygon = [
      [square(30, 48, 31, 49), square(30.2, 48.2, 30.8, 48.8)],
      [square(30.4, 48.4, 30.6, 48.6)],
      [
        [
          [32, 48],
          [33, 48.5],
          [32, 49],
          [32.5, 48.5],
          [32, 48],
        ],
      ],
    ];
    // A 0.05° grid over the shapes and their edges (many points exactly on an edge or a vertex).
    const points: number[] = [];
    for (let x = 29.9; x <= 33.1; x += 0.05)
      for (let y = 47.9; y <= 49.1; y += 0.05)
        points.push(Math.round(x * 100) / 100, Math.round(y * 100) / 100);
    const many = multiPolygonContainsPoints(held, Float64Array.from(points));
    const one = Array.from({ length: points.length / 2 }, (_, p) =>
      multiPolygonContains(held, [points[2 * p]!, points[2 * p + 1]!]) ? 1 : 0,
    );
    expect(Array.from(many)).toEqual(one);
    expect(one.filter(Boolean).length).toBeGreaterThan(100);
  });
});
