import { d3Projection, multiPolygonAreaKm2, polygonAreaKm2, projectEqualArea, ringAreaKm2 } from "./area";
import { rect, rectKm2 } from "../steps/territory/fixtures";

const relErr = (a: number, b: number) => Math.abs(a / b - 1);

describe("equal-area measurement", () => {
  it("projects exactly as d3-geo does, to the last bit (published areas must not move)", () => {
    // A fixed pseudo-random spread over and around Ukraine, plus the grid's corners and the poles' side.
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const points: [number, number][] = [
      [22, 44],
      [40.5, 52.5],
      [-180, 0],
      [180, 89],
      [32, 48],
    ];
    for (let i = 0; i < 2000; i++) points.push([20 + next() * 22, 43 + next() * 11]);
    for (let i = 0; i < 200; i++) points.push([-180 + next() * 360, -80 + next() * 160]);
    for (const [lon, lat] of points) expect(projectEqualArea(lon, lat)).toEqual(d3Projection([lon, lat]));
  });

  it("measures a 1° square at the equator as on the sphere", () => {
    expect(relErr(polygonAreaKm2(rect([0, 0, 1, 1])), rectKm2([0, 0, 1, 1]))).toBeLessThan(1e-4);
    // ≈ 12,364 km²: 111.2 km × 111.2 km
    expect(polygonAreaKm2(rect([0, 0, 1, 1]))).toBeCloseTo(12364, -1);
  });

  it("measures a 2°×1° box over Donbas within 0.01 %", () => {
    expect(relErr(polygonAreaKm2(rect([37, 47, 39, 48])), rectKm2([37, 47, 39, 48]))).toBeLessThan(1e-4);
  });

  it("ignores winding order and subtracts holes", () => {
    const outer = rect([36, 47, 38, 49])[0]!;
    const hole = rect([36.5, 47.5, 37, 48])[0]!;
    expect(ringAreaKm2([...outer].reverse())).toBeCloseTo(ringAreaKm2(outer), 6);
    expect(polygonAreaKm2([outer, hole])).toBeCloseTo(
      rectKm2([36, 47, 38, 49]) - rectKm2([36.5, 47.5, 37, 48]),
      -1,
    );
  });

  it("adds the parts of a multipolygon", () => {
    const a = rect([30, 45, 31, 46]);
    const b = rect([32, 45, 33, 46]);
    expect(multiPolygonAreaKm2([a, b])).toBeCloseTo(polygonAreaKm2(a) + polygonAreaKm2(b), 6);
  });
});
