import { describe, expect, it } from "vitest";
import { basemapFileSchema } from "./basemap";

const square = [
  [30, 48],
  [31, 48],
  [31, 49],
  [30, 49],
  [30, 48],
];
const file = (ukraine: unknown) => ({
  schemaVersion: 1,
  sources: [],
  bbox: [19, 42, 43, 54.5],
  simplifyMetres: 200,
  ukraine,
  land: [[square]],
  countries: [{ name: "Somewhere", polygons: [[square]] }],
});

describe("basemapFileSchema", () => {
  it("accepts polygons of closed rings of [lon, lat]", () => {
    expect(basemapFileSchema.safeParse(file([[square]])).success).toBe(true);
  });

  it.each([
    ["a position that is not a number pair", [[[...square.slice(0, 4), ["30", 48]]]]],
    ["a ring of fewer than 4 positions", [[square.slice(0, 3)]]],
    ["a polygon without rings", [[]]],
    ["not an array", { type: "MultiPolygon" }],
  ])("rejects %s", (_, ukraine) => {
    const result = basemapFileSchema.safeParse(file(ukraine));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["ukraine"]);
  });
});
