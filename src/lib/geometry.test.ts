import {
  bboxOf,
  boxAreaKm2,
  boxContains,
  boxesOverlap,
  boxOutline,
  boxPolygon,
  ringBbox,
  ringContains,
  type MultiPolygon,
  type Ring,
} from "./geometry";

/** A made-up "L": a concave ring, counter-clockwise, closed. */
const L: Ring = [
  [0, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 2],
  [0, 2],
  [0, 0],
];

describe("point in ring", () => {
  it("tells inside from outside a concave ring, in either winding", () => {
    expect(ringContains(L, [0.5, 1.5])).toBe(true);
    expect(ringContains(L, [1.5, 0.5])).toBe(true);
    expect(ringContains(L, [1.5, 1.5])).toBe(false); // the notch
    expect(ringContains([...L].reverse(), [0.5, 1.5])).toBe(true);
    expect(ringContains(L, [3, 0.5])).toBe(false);
  });
});

describe("a ray through a vertex", () => {
  /** A made-up diamond: the rays east from (−2, 0) and (0, 0) pass through its left and right corners. */
  const diamond: Ring = [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ];
  it("counts the vertex once, so points level with corners are placed right", () => {
    expect(ringContains(diamond, [-2, 0])).toBe(false);
    expect(ringContains(diamond, [0, 0])).toBe(true);
    expect(ringContains(diamond, [0.5, 0])).toBe(true);
    expect(ringContains(diamond, [2, 0])).toBe(false);
  });
});

describe("boxes", () => {
  it("bounds the outer rings, widened by a margin", () => {
    const multi: MultiPolygon = [[L], boxPolygon([3, -1, 4, 0.5])];
    expect(bboxOf(multi)).toEqual([0, -1, 4, 2]);
    expect(bboxOf(multi, 0.5)).toEqual([-0.5, -1.5, 4.5, 2.5]);
    expect(ringBbox(L)).toEqual([0, 0, 2, 2]);
    expect(ringBbox([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it("says whether boxes overlap (touching counts) and whether one holds another", () => {
    expect(boxesOverlap([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(boxesOverlap([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(false);
    expect(boxContains([0, 0, 2, 2], [0, 0.5, 2, 1])).toBe(true);
    expect(boxContains([0, 0, 2, 2], [0, 0.5, 2.1, 1])).toBe(false);
  });

  it("makes a closed counter-clockwise polygon of a box", () => {
    expect(boxPolygon([30, 45, 31, 46])).toEqual([
      [
        [30, 45],
        [31, 45],
        [31, 46],
        [30, 46],
        [30, 45],
      ],
    ]);
  });

  it("outlines a box with a position every step along its sides, corners included once", () => {
    const ring = boxOutline([30, 45, 31, 45.5], 0.25);
    // 4 steps along each parallel (1°), 2 along each meridian (0.5°).
    expect(ring).toHaveLength(12);
    expect(ring.slice(0, 5)).toEqual([
      [30, 45],
      [30.25, 45],
      [30.5, 45],
      [30.75, 45],
      [31, 45],
    ]);
    expect(ring.at(-1)).toEqual([30, 45.25]);
    expect(ringBbox(ring)).toEqual([30, 45, 31, 45.5]);
  });

  it("measures a box on the sphere: halves add up, and a degree shrinks towards the pole", () => {
    const whole = boxAreaKm2([30, 45, 32, 47]);
    expect(boxAreaKm2([30, 45, 31, 47]) + boxAreaKm2([31, 45, 32, 47])).toBeCloseTo(whole, 6);
    expect(boxAreaKm2([30, 45, 32, 46]) + boxAreaKm2([30, 46, 32, 47])).toBeCloseTo(whole, 6);
    expect(boxAreaKm2([30, 60, 31, 61])).toBeLessThan(boxAreaKm2([30, 45, 31, 46]));
    // A degree square at the equator: 12,363.7 km² on the IUGG mean sphere.
    expect(boxAreaKm2([0, 0, 1, 1])).toBeCloseTo(12363.7, 1);
  });
});
