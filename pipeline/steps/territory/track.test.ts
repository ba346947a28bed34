import { join } from "node:path";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { multiPolygonAreaKm2 } from "../../geo/area";
import type { BBox, MultiPolygon, Ring } from "../../geo/polygons";
import { feature, featureCollection, unionOf, xorOf } from "../../geo/polygons";
import { FIXTURE_BOUNDARY, makeTerritoryRaw, polygonGeometry, rect, rectKm2 } from "./fixtures";
import type { TrackTask } from "./track";
import { mapTopology, measureChange, readStates, sectorAreas, splitChange } from "./track";

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

describe("territory track stages", () => {
  const occupiedDay = (...boxes: BBox[]) =>
    featureCollection(
      boxes.map((b) => feature(polygonGeometry(rect(b)), { fill: "#a52714", name: "Occupied" })),
    );

  it("reads a chunk into distinct states: repeated days share one, changes get an xor", async () => {
    const raw = makeTerritoryRaw();
    const days = [
      ["2023-01-01", occupiedDay([36, 47, 38, 48])],
      ["2023-01-02", occupiedDay([36, 47, 38, 48])],
      ["2023-01-03", occupiedDay([36, 47, 38, 48], [37.5, 47, 38.5, 48])],
    ] as const;
    const snapshots = days.map(([date, json]) => {
      raw.write(`territory/deepstate/${date}.geojson.gz`, json);
      return { date, file: join(raw.dir, `territory/deepstate/${date}.geojson.gz`) };
    });
    const task: TrackTask = {
      id: 0,
      track: "deepstate-history",
      snapshots: snapshots.slice(1),
      previous: snapshots[0]!,
      withChanges: true,
      withMap: false,
      addPolygons: null,
      boundary: [rect(FIXTURE_BOUNDARY)],
    };
    let files = 0;
    const chunk = await readStates(task, () => files++);
    expect(files).toBe(2);
    expect(chunk.hasBasis).toBe(true);
    // Day 2 repeats the day before the chunk, yet starts a state of its own (the chunk's first).
    expect(chunk.days).toEqual([
      { date: "2023-01-02", state: 0, changed: false },
      { date: "2023-01-03", state: 1, changed: true },
    ]);
    expect(chunk.states[0]!.changed).toEqual([]);
    // Two overlapping boxes are one 2.5°×1° shape; what changed hands is the 0.5° added.
    expect(multiPolygonAreaKm2(chunk.states[1]!.held)).toBeCloseTo(rectKm2([36, 47, 38.5, 48]), -1);
    expect(multiPolygonAreaKm2(chunk.states[1]!.changed!)).toBeCloseTo(rectKm2([38, 47, 38.5, 48]), -1);
  });

  it("splits a change into gains and losses that add up, never below zero", () => {
    expect(splitChange(10, 4)).toEqual([7, 3]);
    expect(splitChange(10, -4)).toEqual([3, 7]);
    // xor smaller than the net change (a mis-clip): no negative loss.
    expect(splitChange(2, 4)).toEqual([3, 0]);
  });

  it("measures gains and losses in all and per sector from the xor", () => {
    // Zaporizhzhia's box is 35.3–37°E, 47.2–47.9°N: the front moves from 36.5°E to 36°E inside it,
    // and Russia loses a block far east of every sector.
    const before = unionOf([rect([36.5, 47, 38, 48]), rect([39, 45.5, 39.5, 46])]);
    const after = unionOf([rect([36, 47, 38, 48])]);
    const areas = (m: MultiPolygon) => ({ occupiedKm2: multiPolygonAreaKm2(m), sectorKm2: sectorAreas(m) });
    const change = measureChange(xorOf(after, before), areas(after), areas(before));
    expect(change.gainedKm2).toBeCloseTo(rectKm2([36, 47, 36.5, 48]), -1);
    expect(change.lostKm2).toBeCloseTo(rectKm2([39, 45.5, 39.5, 46]), -1);
    expect(change.residualKm2).toBeLessThan(0.01);
    expect(change.shortfall).toBe(false);
    const [gained, lost] = change.sectors.zaporizhzhia!;
    expect(gained).toBeCloseTo(rectKm2([36, 47.2, 36.5, 47.9]), -1);
    expect(lost).toBeCloseTo(0, 3);
    expect(change.sectors.bakhmut).toEqual([0, 0]);
  });
});
