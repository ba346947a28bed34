import { multiPolygonAreaKm2 } from "./area";
import { differenceOf, polygonsOf, unionOf } from "./polygons";
import { rect, rectKm2 } from "../steps/territory-fixtures";

describe("polygon helpers", () => {
  it("flattens Polygon, MultiPolygon and nested GeometryCollection, dropping points and degenerate rings", () => {
    const geometry = {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", coordinates: rect([30, 45, 31, 46]) },
        { type: "MultiPolygon", coordinates: [rect([32, 45, 33, 46]), rect([34, 45, 35, 46])] },
        { type: "GeometryCollection", geometries: [{ type: "Point", coordinates: [1, 2] }] },
        {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      ],
    };
    expect(polygonsOf(geometry)).toHaveLength(3);
  });

  it("unions overlapping polygons without counting the overlap twice", () => {
    // Two 2°×1° boxes overlapping on 1°×1°: the union is 3°×1°.
    const union = unionOf([rect([36, 47, 38, 48]), rect([37, 47, 39, 48])]);
    expect(multiPolygonAreaKm2(union)).toBeCloseTo(rectKm2([36, 47, 39, 48]), -1);
  });

  it("diffs two days so that old + gained − lost = new", () => {
    const before = unionOf([rect([36, 47, 38, 48])]);
    const after = unionOf([rect([36.5, 47, 38.4, 48])]);
    const gained = multiPolygonAreaKm2(differenceOf(after, before));
    const lost = multiPolygonAreaKm2(differenceOf(before, after));
    expect(gained).toBeCloseTo(rectKm2([38, 47, 38.4, 48]), -1);
    expect(lost).toBeCloseTo(rectKm2([36, 47, 36.5, 48]), -1);
    expect(multiPolygonAreaKm2(before) + gained - lost).toBeCloseTo(multiPolygonAreaKm2(after), 3);
  });
});
