import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { multiPolygonAreaKm2 } from "../geo/area";
import type { MultiPolygon, Ring } from "../geo/polygons";
import { mapTopology } from "./territory-track";

/** A 1°×0.5° block whose north edge is a sawtooth with ~20 m teeth every ~75 m (3,000 teeth). */
function sawtoothBlock(): MultiPolygon {
  const north: Ring = [];
  for (let i = 0; i <= 3000; i++) north.push([37 + i / 3000, 48 + (i % 2 ? 0.00018 : 0)]);
  return [[[[37, 47.5], [38, 47.5], ...north.reverse(), [37, 47.5]]]];
}

describe("map shapes", () => {
  it("drops sub-50 m detail but keeps the area within 0.5 %", async () => {
    const block = sawtoothBlock();
    const topology = JSON.parse(await mapTopology(1, () => block, [])) as Topology & {
      objects: { occupied: { geometries: object[] } };
    };
    const vertices = (topology.arcs as number[][][]).reduce((n, arc) => n + arc.length, 0);
    expect(vertices).toBeLessThan(300);
    const g = (
      topoFeature(topology, topology.objects.occupied.geometries[0] as never) as unknown as {
        geometry: { type: string; coordinates: unknown };
      }
    ).geometry;
    const simplified = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as MultiPolygon;
    expect(Math.abs(multiPolygonAreaKm2(simplified) / multiPolygonAreaKm2(block) - 1)).toBeLessThan(0.005);
  });

  it("keeps one geometry per day, empty days included", async () => {
    const topology = JSON.parse(await mapTopology(2, (i) => (i === 0 ? sawtoothBlock() : []), [])) as {
      objects: { occupied: { geometries: { type: string | null }[] } };
    };
    expect(topology.objects.occupied.geometries.map((g) => g.type)).toEqual(["Polygon", null]);
  });
});
