import { multiPolygonAreaKm2 } from "./area";
import {
  bboxOf,
  differenceOf,
  polygonsOf,
  polygonsOfCollection,
  shapesCollection,
  unionOf,
} from "./polygons";
import { rect, rectKm2 } from "../steps/territory/fixtures";

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
    expect(polygonsOf(geometry)).toEqual([
      rect([30, 45, 31, 46]),
      rect([32, 45, 33, 46]),
      rect([34, 45, 35, 46]),
    ]);
  });

  it("keeps lon/lat of positions with an altitude or as text, and rejects positions out of range", () => {
    const ring = [
      [30, 45, 120],
      ["31", "45"],
      [31, 46],
      [30, 45],
    ];
    expect(polygonsOf({ type: "Polygon", coordinates: [ring] })).toEqual([
      [
        [
          [30, 45],
          [31, 45],
          [31, 46],
          [30, 45],
        ],
      ],
    ]);
    const outOfRange = [
      [30, 45],
      [31, 95],
      [31, 46],
      [30, 45],
    ];
    expect(() => polygonsOf({ type: "Polygon", coordinates: [outOfRange] })).toThrow(/position 1/);
  });

  it("reads the polygons of a FeatureCollection or a GeometryCollection, and nothing else", () => {
    const square = { type: "Polygon", coordinates: rect([30, 45, 31, 46]) };
    const features = [{ type: "Feature", properties: {}, geometry: square }, { geometry: null }];
    expect(polygonsOfCollection({ type: "FeatureCollection", features })).toEqual([rect([30, 45, 31, 46])]);
    expect(polygonsOfCollection({ type: "GeometryCollection", geometries: [square, square] })).toHaveLength(
      2,
    );
    expect(polygonsOfCollection({ type: "Feature", geometry: square })).toBeNull();
  });

  it("writes shapes as MultiPolygon features with their properties, leaving out empty ones", () => {
    const collection = shapesCollection([
      { properties: { i: 0 }, multi: [rect([30, 45, 31, 46])] },
      { properties: { i: 1 }, multi: [] },
      { properties: { i: 2 }, multi: null },
    ]);
    expect(collection).toEqual({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { i: 0 },
          geometry: { type: "MultiPolygon", coordinates: [rect([30, 45, 31, 46])] },
        },
      ],
    });
    // Round trip: what it writes reads back as the same polygons.
    expect(polygonsOfCollection(collection)).toEqual([rect([30, 45, 31, 46])]);
  });

  it("boxes the outer rings of all parts, widened by a margin", () => {
    const square = rect([30, 45, 31, 46]);
    expect(bboxOf([square])).toEqual([30, 45, 31, 46]);
    expect(bboxOf([square], 0.5)).toEqual([29.5, 44.5, 31.5, 46.5]);
    expect(bboxOf([square, rect([32, 44, 33, 45.5])])).toEqual([30, 44, 33, 46]);
    // A 1°×1° square's box is the square itself: same area.
    expect(multiPolygonAreaKm2([rect(bboxOf([square]))])).toBeCloseTo(rectKm2([30, 45, 31, 46]), -1);
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
