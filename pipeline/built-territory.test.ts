// Checks of the committed public/data/territory.json and public/data/map/ against the app's schemas
// and the cross-checks in ../shared/data/README.md (the only place those figures may appear).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { mapChunkSchema, mapIndexSchema } from "../src/data/schemas/map";
import type { MapChunk } from "../src/data/schemas/map";
import { territoryFileSchema } from "../src/data/schemas/territory";
import { multiPolygonAreaKm2 } from "./geo/area";
import type { MultiPolygon } from "./geo/polygons";

const DATA = join(import.meta.dirname, "../public/data");
const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), "utf8")) as unknown;
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe.runIf(existsSync(join(DATA, "territory.json")))("built territory.json", () => {
  const file = territoryFileSchema.parse(read("territory.json"));
  const at = (series: { dates: string[] }, date: string) => {
    const i = series.dates.indexOf(date);
    expect(i, `${date} in the series`).toBeGreaterThanOrEqual(0);
    return i;
  };

  it("gives DeepState's occupied area on 2023-07-25 as the README's cross-check (≈107,600 km²)", () => {
    const i = at(file.deepstate, "2023-07-25");
    expect(rel(file.deepstate.occupiedKm2[i]!, 107_600)).toBeLessThan(0.005);
  });

  it("has the DeepState history and occupied extract agree within 0.1 % on 2025-06-01", () => {
    const overlap = file.deepstate.overlap!;
    const i = overlap.dates.indexOf("2025-06-01" as never);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rel(overlap.aKm2[i]!, overlap.bKm2[i]!)).toBeLessThan(0.001);
  });

  it("adds about 26,700 km² of Crimea to NZZ as published", () => {
    for (const added of file.nzzAsPublished!.crimeaAddedKm2!)
      expect(rel(added ?? 0, 26_700)).toBeLessThan(0.01);
  });

  it("covers every calendar day and ends at the last snapshot", () => {
    expect(file.deepstate.dates.at(-1)).toBe(
      file.sources.find((s) => s.id === "deepstate-occupied")!.lastDate,
    );
    expect(file.nzz.dates[0]).toBe(file.sources.find((s) => s.id === "nzz")!.firstDate);
  });
});

describe.runIf(existsSync(join(DATA, "map/index.json")))("built map geometry", () => {
  const index = mapIndexSchema.parse(read("map/index.json"));
  const territory = territoryFileSchema.parse(read("territory.json"));
  const gzipOf = (path: string) => gzipSync(readFileSync(join(DATA, path)), { level: 9 }).length;

  it("stays within 12 MB gzip in all, and opening the map (index + latest chunk of each source) within 1.5 MB", () => {
    const total = index.chunks.reduce((n, c) => n + c.gzipBytes, 0) + gzipOf("map/index.json");
    expect(total).toBeLessThan(12 * 1024 * 1024);
    const latest = ["deepstate", "nzz"].map((s) =>
      index.chunks.filter((c) => c.source === s && !c.definition).at(-1)!,
    );
    expect(latest.reduce((n, c) => n + c.gzipBytes, gzipOf("map/index.json"))).toBeLessThan(
      1.5 * 1024 * 1024,
    );
    for (const c of index.chunks) expect(c.gzipBytes).toBe(gzipOf(c.file));
  });

  it("keeps every day's area within 0.5 % of full resolution, for both sources and NZZ as published", () => {
    for (const [source, definition, series] of [
      ["deepstate", undefined, territory.deepstate],
      ["nzz", undefined, territory.nzz],
      ["nzz", "asPublished", territory.nzzAsPublished!],
    ] as const) {
      let worst = 0;
      for (const ref of index.chunks.filter((c) => c.source === source && c.definition === definition)) {
        const chunk: MapChunk = mapChunkSchema.parse(read(ref.file));
        const areas = chunk.topology.objects.occupied.geometries.map((geometry) => {
          const g = (
            topoFeature(chunk.topology as unknown as Topology, geometry as never) as unknown as {
              geometry: { type: string; coordinates: unknown } | null;
            }
          ).geometry;
          if (!g) return 0;
          return multiPolygonAreaKm2(
            (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as MultiPolygon,
          );
        });
        chunk.dates.forEach((date, i) => {
          const full = series.occupiedKm2[series.dates.indexOf(date)]!;
          worst = Math.max(worst, rel(areas[chunk.state[i]!]!, full));
        });
      }
      expect(worst, `${source} ${definition ?? ""}`).toBeLessThan(0.005);
    }
  });
});
