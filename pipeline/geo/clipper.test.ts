import { multiPolygonAreaKm2 } from "./area";
import { booleanOp } from "./clipper";
import type { BBox, Polygon, Ring } from "./polygons";
import { rect } from "../steps/territory/fixtures";

const ring = (box: BBox): Ring => rect(box)[0]!;
/** The same area measure on the expected rectangle, so only the clipping is under test. */
const rectKm2 = (box: BBox) => multiPolygonAreaKm2([rect(box)]);
/** Signed shoelace area in degrees² (positive: counter-clockwise). */
const signed = (r: Ring) => r.slice(1).reduce((s, p, i) => s + r[i]![0] * p[1] - p[0] * r[i]![1], 0) / 2;

describe("Clipper2 boolean operations", () => {
  it("unites overlapping polygons whatever their winding, and keeps each polygon's hole empty", () => {
    const clockwise: Polygon = [ring([30, 45, 32, 47]).reverse()];
    const withHole: Polygon = [ring([31, 45, 34, 47]), ring([32.5, 45.5, 33.5, 46.5])];
    const union = booleanOp("union", [clockwise, withHole]);
    expect(union).toHaveLength(1);
    expect(union[0]).toHaveLength(2);
    expect(multiPolygonAreaKm2(union)).toBeCloseTo(
      rectKm2([30, 45, 34, 47]) - rectKm2([32.5, 45.5, 33.5, 46.5]),
      3,
    );
    // GeoJSON winding: outer ring counter-clockwise, hole clockwise, rings closed.
    expect(signed(union[0]![0]!)).toBeGreaterThan(0);
    expect(signed(union[0]![1]!)).toBeLessThan(0);
    expect(union[0]![0]!.at(-1)).toEqual(union[0]![0]![0]);
  });

  it("gives each hole to the ring around it, also for an island with a hole inside another hole", () => {
    const big: Polygon = [ring([30, 45, 40, 50]), ring([32, 46, 38, 49])];
    const island: Polygon = [ring([33, 47, 37, 48.5]), ring([34, 47.5, 36, 48])];
    const out = booleanOp("union", [big, island]);
    expect(out).toHaveLength(2);
    const byOuterWest = new Map(out.map((p) => [Math.min(...p[0]!.map((q) => q[0])), p]));
    expect(byOuterWest.get(30)).toHaveLength(2);
    expect(Math.min(...byOuterWest.get(30)![1]!.map((q) => q[0]))).toBe(32);
    expect(byOuterWest.get(33)).toHaveLength(2);
    expect(Math.min(...byOuterWest.get(33)![1]!.map((q) => q[0]))).toBe(34);
  });

  it("intersects and takes differences exactly on its 1e-6° grid", () => {
    const a = [rect([30, 45, 32, 47])];
    const b = [rect([31.5, 46.25, 35, 48])];
    expect(multiPolygonAreaKm2(booleanOp("intersection", a, b))).toBeCloseTo(
      rectKm2([31.5, 46.25, 32, 47]),
      6,
    );
    const xor = booleanOp("xor", a, b);
    expect(multiPolygonAreaKm2(xor)).toBeCloseTo(
      rectKm2([30, 45, 32, 47]) + rectKm2([31.5, 46.25, 35, 48]) - 2 * rectKm2([31.5, 46.25, 32, 47]),
      6,
    );
    // Vertices with at most 6 decimals come back unchanged.
    expect(booleanOp("union", [[ring([30.123456, 45.654321, 31, 46])]])[0]![0]).toContainEqual([
      30.123456, 45.654321,
    ]);
  });

  it("gives the same result with a clip used again (its paths are reused) as with a fresh copy", () => {
    const boundary: Polygon[] = [[ring([30, 45, 40, 50]), ring([34, 47, 35, 48])]];
    const subjects: Polygon[][] = [
      [[ring([29, 44, 36, 48])]],
      [[ring([33, 46, 41, 49])]],
      [[ring([31, 46, 32, 47])]],
    ];
    for (const op of ["intersection", "difference", "xor"] as const)
      for (const subject of subjects)
        expect(booleanOp(op, subject, boundary)).toEqual(booleanOp(op, subject, structuredClone(boundary)));
    // And the shared clip really cuts: the hole at 34–35°E is left out of the first subject's part.
    expect(multiPolygonAreaKm2(booleanOp("intersection", subjects[0]!, boundary))).toBeCloseTo(
      rectKm2([30, 45, 36, 48]) - rectKm2([34, 47, 35, 48]),
      3,
    );
  });
});
