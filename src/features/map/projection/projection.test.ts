import { describe, expect, it } from "vitest";
import { geoArea } from "d3-geo";
import type { MultiPolygon } from "../../../lib/geometry";
import { makeProjection, pathOf, rewindForD3 } from "./projection";

const ccwSquare: MultiPolygon = [
  [
    [
      [30, 48],
      [31, 48],
      [31, 49],
      [30, 49],
      [30, 48],
    ],
  ],
];

describe("rewindForD3", () => {
  it("turns a counter-clockwise outer ring so d3 reads the square, not the rest of the globe", () => {
    const sphere = 4 * Math.PI;
    expect(geoArea({ type: "MultiPolygon", coordinates: ccwSquare })).toBeGreaterThan(sphere / 2);
    expect(geoArea({ type: "MultiPolygon", coordinates: rewindForD3(ccwSquare) })).toBeLessThan(0.001);
    // Already clockwise: left as it is.
    const cw = rewindForD3(ccwSquare);
    expect(rewindForD3(cw)).toEqual(cw);
  });
});

describe("makeProjection", () => {
  it("fits the shape into the map's box with north up", () => {
    const p = makeProjection(400, 300, ccwSquare, 0);
    const [x0, y0] = p([30, 49])!;
    const [x1, y1] = p([31, 48])!;
    expect(Math.min(x0, x1)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(x0, x1)).toBeLessThanOrEqual(400.5);
    expect(y0).toBeLessThan(y1); // north is up
    expect(pathOf(p, ccwSquare).startsWith("M")).toBe(true);
  });
});
