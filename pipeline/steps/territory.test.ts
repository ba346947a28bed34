import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { mapChunkSchema, mapIndexSchema } from "../../src/data/schemas/map";
import { territoryFileSchema } from "../../src/data/schemas/territory";
import { multiPolygonAreaKm2 } from "../geo/area";
import type { BBox, MultiPolygon } from "../geo/polygons";
import { feature, featureCollection } from "../geo/polygons";
import { STEPS } from "../build";
import { listFiles, runBuild } from "../lib/run-build";
import { RawDataError, type StepContext } from "../types";
import { buildTerritoryWith } from "./territory";
import { makeTerritoryRaw, polygonGeometry, rect, rectKm2 } from "./territory-fixtures";

const silent = { start() {}, tick() {}, stop() {} };
const rel = (a: number, b: number) => Math.abs(a / b - 1);

const SINCE_2022: BBox = [36, 47, 38, 48];
const BEFORE_2022: BBox = [37.5, 47, 39, 48];
const HALF_OUTSIDE: BBox = [39.5, 46, 41, 46.5]; // "Ukraine" ends at 40°E
const CRIMEA: BBox = [33, 45, 35, 45.8];
const ds = (fill: string, name: string, box: BBox) => feature(polygonGeometry(rect(box)), { fill, name });

function fixture() {
  const raw = makeTerritoryRaw();
  const crimea = ds("#880e4f", "Окупований Крим /// Occupied Crimea", CRIMEA);
  const day1 = featureCollection([
    ds("#a52714", "Окуповано /// Occupied", SINCE_2022),
    ds("#000000", "ОРДЛО", BEFORE_2022),
    crimea,
    // A stray ring far outside Ukraine and a polygon crossing its border, in a GeometryCollection.
    feature(
      {
        type: "GeometryCollection",
        geometries: [polygonGeometry(rect([64, 14, 65, 15])), polygonGeometry(rect(HALF_OUTSIDE))],
      },
      { fill: "#a52714", name: "x" },
    ),
    ds("#0f9d58", "Звільнено /// Liberated", [31, 49, 32, 50]),
  ]);
  const day2 = featureCollection([
    ds("#a52714", "Окуповано /// Occupied", [35.8, 47, 38, 48]),
    ds("#bdbdbd", "Статус невідомий", [30.5, 49, 31, 49.5]),
    // Unknown colour, name fallback: still occupied before 2022.
    ds("#123456", "ОРДЛО /// CADR and CALR", BEFORE_2022),
    crimea,
  ]);
  raw.write("territory/deepstate/2023-01-01T080000Z.geojson.gz", featureCollection([]));
  raw.write("territory/deepstate/2023-01-01T200000Z.geojson.gz", day1);
  raw.write("territory/deepstate/2023-01-02T200000Z.geojson.gz", day2);
  raw.write("territory/deepstate/2023-01-04T200000Z.geojson.gz", day2);
  const occupiedDay2 = featureCollection([
    feature({ type: "MultiPolygon", coordinates: [rect([35.8, 47, 39, 48]), rect(CRIMEA)] }),
  ]);
  for (const d of ["2023-01-02", "2023-01-05", "2023-01-06"])
    raw.write(`territory/deepstate-occupied/${d}.geojson.gz`, occupiedDay2);
  const nzz = (date: string, from: string, parts: [string, BBox][]) => ({
    value: featureCollection(
      parts.map(([type, box]) =>
        feature(polygonGeometry(rect(box)), { type, date, _datefrom: from, _dateto: date }),
      ),
    ),
  });
  raw.write("territory/nzz/2023-01-01.json.gz", nzz("2022-12-31", "2022-12-30", [["nochange", SINCE_2022]]));
  raw.write(
    "territory/nzz/2023-01-03.json.gz",
    nzz("2023-01-02", "2022-12-31", [
      ["nochange", SINCE_2022],
      ["gains", [38, 47, 38.5, 48]],
    ]),
  );
  return raw;
}

describe("territory step on a made-up raw folder", async () => {
  const raw = fixture();
  const { files, file } = await buildTerritoryWith({ rawDir: raw.dir, progress: silent }, { threads: 1 });
  const byPath = new Map(files.map((f) => [f.path, String(f.content)]));

  it("writes a territory.json that parses with the app's schema", () => {
    expect(() => territoryFileSchema.parse(JSON.parse(byPath.get("territory.json")!))).not.toThrow();
  });

  it("measures the union of both occupied layers, clipped to Ukraine (stray rings dropped)", () => {
    const expected = rectKm2([36, 47, 39, 48]) + rectKm2([39.5, 46, 40, 46.5]) + rectKm2(CRIMEA);
    expect(rel(file.deepstate.occupiedKm2[0]!, expected)).toBeLessThan(1e-3);
    expect(
      rel(file.deepstate.occupiedSince2022Km2[0]!, expected - rectKm2(BEFORE_2022) - rectKm2(CRIMEA)),
    ).toBeLessThan(1e-3);
  });

  it("carries days without a snapshot and switches to the occupied extract after the archive ends", () => {
    expect(file.deepstate.dates).toEqual([
      "2023-01-01",
      "2023-01-02",
      "2023-01-03",
      "2023-01-04",
      "2023-01-05",
      "2023-01-06",
    ]);
    expect(file.deepstate.carried).toEqual([false, false, true, false, false, false]);
    expect(file.deepstate.origins.map((o) => [o.origin, o.from, o.to])).toEqual([
      ["deepstate-history", "2023-01-01", "2023-01-04"],
      ["deepstate-occupied", "2023-01-05", "2023-01-06"],
    ]);
    expect(file.deepstate.occupiedSince2022Km2.slice(4)).toEqual([null, null]);
    expect(file.deepstate.overlap).toMatchObject({ days: 1, from: "2023-01-02" });
    expect(file.deepstate.overlap!.maxAbsRelDiff).toBeLessThan(1e-3);
  });

  it("splits a day's change into gains and losses that add up", () => {
    const d = file.deepstate;
    expect(d.gainedKm2[1]).toBeCloseTo(rectKm2([35.8, 47, 36, 48]), -1);
    expect(d.lostKm2[1]).toBeCloseTo(rectKm2([39.5, 46, 40, 46.5]), -1);
    expect(d.occupiedKm2[0]! + d.gainedKm2[1]! - d.lostKm2[1]!).toBeCloseTo(d.occupiedKm2[1]!, 0);
    expect([d.gainedKm2[2], d.gainedKm2[3]]).toEqual([0, 0]);
    // Zaporizhzhia box 35.3–37°E, 47.2–47.9°N.
    expect(d.sectors.zaporizhzhia!.gainedKm2[1]).toBeCloseTo(rectKm2([35.8, 47.2, 36, 47.9]), -1);
    expect(d.sectors.zaporizhzhia!.occupiedKm2[0]).toBeCloseTo(rectKm2([36, 47.2, 37, 47.9]), -1);
  });

  it("adds Crimea to NZZ from DeepState's geometry and carries NZZ's missing day", () => {
    const n = file.nzz;
    expect(n.carried).toEqual([false, true, false]);
    expect(rel(n.crimeaAddedKm2![0]!, rectKm2(CRIMEA))).toBeLessThan(1e-3);
    expect(rel(n.occupiedKm2[0]!, rectKm2(SINCE_2022) + rectKm2(CRIMEA))).toBeLessThan(1e-3);
    expect(n.gainedKm2[2]).toBeCloseTo(rectKm2([38, 47, 38.5, 48]), -1);
  });

  it("writes map chunks whose simplified shapes keep each day's area within 0.5 %", () => {
    const index = mapIndexSchema.parse(JSON.parse(byPath.get("map/index.json")!));
    expect(index.chunks.map((c) => c.source).sort()).toEqual(["deepstate", "deepstate", "nzz"]);
    for (const ref of index.chunks.filter((c) => c.source === "deepstate")) {
      const chunk = mapChunkSchema.parse(JSON.parse(byPath.get(ref.file)!));
      chunk.dates.forEach((date, i) => {
        const geometry = topoFeature(
          chunk.topology as unknown as Topology,
          {
            ...chunk.topology.objects.occupied.geometries[chunk.state[i]!]!,
          } as never,
        ) as unknown as { geometry: { type: string; coordinates: unknown } };
        const g = geometry.geometry;
        const multi = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as MultiPolygon;
        const full = file.deepstate.occupiedKm2[file.deepstate.dates.indexOf(date as never)]!;
        expect(rel(multiPolygonAreaKm2(multi), full)).toBeLessThan(0.005);
      });
    }
  });

  it("names a corrupt snapshot and fails", async () => {
    const broken = fixture();
    broken.writeBytes("territory/nzz/2023-01-02.json.gz", new Uint8Array([1, 2, 3]));
    await expect(
      buildTerritoryWith({ rawDir: broken.dir, progress: silent }, { threads: 1 }),
    ).rejects.toThrow(RawDataError);
    await expect(
      buildTerritoryWith({ rawDir: broken.dir, progress: silent }, { threads: 1 }),
    ).rejects.toThrow(/nzz\/2023-01-02\.json\.gz: not a valid gzip/);
  });
});

describe("npm run data -- --only territory", () => {
  // The registered step, inline (worker threads are for the real run).
  const registered = STEPS.find((s) => s.name === "territory")!;
  const territory = { ...registered, run: (ctx: StepContext) => buildTerritoryWith(ctx, { threads: 1 }) };
  const build = (rawDir: string, outDir: string) =>
    runBuild({ rawDir, outDir, steps: [territory], only: ["territory"], progress: silent });

  it("publishes territory.json and the map through the driver", async () => {
    const raw = fixture();
    const outDir = join(raw.dir, "public/data");
    await build(raw.dir, outDir);
    const files = listFiles(outDir);
    expect(files).toContain("territory.json");
    expect(files).toContain("map/index.json");
    const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")) as {
      files: { path: string }[];
    };
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => f !== "manifest.json"));
  });

  it("names a corrupt snapshot, stops, and leaves the published folder as it was", async () => {
    const raw = fixture();
    const outDir = join(raw.dir, "public/data");
    await build(raw.dir, outDir);
    const snapshot = () => listFiles(outDir).map((f) => [f, readFileSync(join(outDir, f), "utf8")]);
    const before = snapshot();
    raw.writeBytes("territory/deepstate/2023-01-02T200000Z.geojson.gz", new Uint8Array([1, 2, 3]));
    const error = await build(raw.dir, outDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RawDataError);
    expect((error as RawDataError).file).toBe(
      join(raw.dir, "territory/deepstate/2023-01-02T200000Z.geojson.gz"),
    );
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dirname(outDir))).toEqual(["data"]);
  });
});
