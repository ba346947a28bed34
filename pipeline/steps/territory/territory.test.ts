import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { mapChunkSchema, mapIndexSchema } from "../../../src/data/schemas/map";
import { multiPolygonAreaKm2 } from "../../geo/area";
import type { BBox, MultiPolygon } from "../../geo/polygons";
import { feature, featureCollection } from "../../geo/polygons";
import { STEPS } from "../../build";
import { listFiles, runBuild } from "../../lib/run-build";
import { RawDataError, type StepContext } from "../../types";
import { buildTerritoryWith } from "./territory";
import { makeTerritoryRaw, polygonGeometry, rect, rectKm2 } from "./fixtures";
import type { MethodChange } from "../../../src/data/schemas/method-changes";

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

  it("publishes what it measured: territory.json read back holds the same days and km², and every map chunk the index names", () => {
    const written = JSON.parse(byPath.get("territory.json")!) as typeof file;
    expect(written.deepstate.dates).toEqual(file.deepstate.dates);
    expect(written.deepstate.occupiedKm2).toEqual(file.deepstate.occupiedKm2);
    expect(written.nzz.occupiedKm2).toEqual(file.nzz.occupiedKm2);
    expect(written.nzz.gainedKm2).toEqual(file.nzz.gainedKm2);
    const index = mapIndexSchema.parse(JSON.parse(byPath.get("map/index.json")!));
    const chunkFiles = files.map((f) => f.path).filter((p) => p.startsWith("map/") && p !== "map/index.json");
    expect(index.chunks.map((c) => c.file).sort()).toEqual(chunkFiles.sort());
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

  it("keys NZZ by its own map date, adds Crimea as published and carries NZZ's missing day", () => {
    const n = file.nzzAsPublished!;
    expect(n.dates).toEqual(["2022-12-31", "2023-01-01", "2023-01-02"]);
    expect(n.carried).toEqual([false, true, false]);
    expect(rel(n.crimeaAddedKm2![0]!, rectKm2(CRIMEA))).toBeLessThan(1e-3);
    expect(rel(n.occupiedKm2[0]!, rectKm2(SINCE_2022) + rectKm2(CRIMEA))).toBeLessThan(1e-3);
    expect(n.gainedKm2[2]).toBeCloseTo(rectKm2([38, 47, 38.5, 48]), -1);
    expect(file.nzz.windowFrom).toEqual(["2022-12-30", null, "2022-12-31"]);
  });

  it("draws NZZ like for like by default: its shape plus the pre-2022 layer it leaves out", () => {
    const n = file.nzz;
    // SINCE_2022 ∪ BEFORE_2022 = 36–39°E, plus Crimea.
    expect(rel(n.occupiedKm2[0]!, rectKm2([36, 47, 39, 48]) + rectKm2(CRIMEA))).toBeLessThan(1e-3);
    // The gains box 38–38.5°E lies inside the pre-2022 layer: like for like nothing changed hands.
    expect(n.gainedKm2[2]).toBe(0);
    expect(file.likeForLike!.nzz.allOccupiedKm2).toEqual(n.occupiedKm2);
  });

  it("writes map chunks whose simplified shapes keep each day's area within 0.5 %", () => {
    const index = mapIndexSchema.parse(JSON.parse(byPath.get("map/index.json")!));
    expect(index.chunks.map((c) => `${c.source} ${c.definition ?? "default"}`).sort()).toEqual([
      "deepstate default",
      "deepstate default",
      "nzz asPublished",
      "nzz asPublished",
      "nzz default",
      "nzz default",
    ]);
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

describe("NZZ's method changes on made-up files", async () => {
  // Day 3 (NZZ's own date 2023-01-04) stops drawing the part inside the pre-2022 layer (37.5–38.5°E)
  // and cedes 36–36.2°E; day 4's file is broken (most of it labelled as losses) and listed as excluded.
  const raw = fixture();
  const nzzFile = (date: string, parts: [string, BBox][]) => ({
    value: featureCollection(
      parts.map(([type, box]) =>
        feature(polygonGeometry(rect(box)), { type, date, _datefrom: "2023-01-02", _dateto: date }),
      ),
    ),
  });
  raw.write("territory/nzz/2023-01-05.json.gz", nzzFile("2023-01-04", [["nochange", [36.2, 47, 37.5, 48]]]));
  raw.write(
    "territory/nzz/2023-01-06.json.gz",
    nzzFile("2023-01-05", [
      ["nochange", [36.2, 47, 36.3, 48]],
      ["losses", [36.3, 47, 37.5, 48]],
    ]),
  );
  raw.write("territory/nzz/2023-01-07.json.gz", nzzFile("2023-01-06", [["nochange", [36.2, 47, 37.5, 48]]]));
  const change = (over: Partial<MethodChange>): MethodChange =>
    ({
      source: "nzz",
      kind: "definition",
      handlingKind: "likeForLike",
      label: "x",
      what: "x",
      handling: "x",
      citation: { name: "x", url: "https://example.org/" },
      ...over,
    }) as MethodChange;
  const methodChanges = [
    change({ id: "nzz-2023-01-04-pre2022", from: "2023-01-04" as never }),
    change({
      id: "nzz-2023-01-05-broken",
      from: "2023-01-05" as never,
      kind: "glitch",
      handlingKind: "excluded",
    }),
  ];
  const { file } = await buildTerritoryWith(
    { rawDir: raw.dir, progress: silent },
    { threads: 1, methodChanges },
  );
  const at = (d: string) => file.nzz.dates.indexOf(d as never);

  it("counts the dropped pre-2022 part as no change like for like, and only the real loss", () => {
    const i = at("2023-01-04");
    expect(file.nzzAsPublished!.lostKm2[i]).toBeCloseTo(
      rectKm2([37.5, 47, 38.5, 48]) + rectKm2([36, 47, 36.2, 48]),
      -1,
    );
    expect(file.nzz.lostKm2[i]).toBeCloseTo(rectKm2([36, 47, 36.2, 48]), -1);
    expect(file.nzz.gainedKm2[i]).toBe(0);
  });

  it("carries the last good day over an excluded file and lists the day", () => {
    const i = at("2023-01-05");
    expect(file.nzz.excludedDays).toEqual(["2023-01-05"]);
    expect(file.nzz.carried[i]).toBe(true);
    expect(file.nzz.occupiedKm2[i]).toBe(file.nzz.occupiedKm2[i - 1]);
    expect([file.nzz.lostKm2[i], file.nzz.lostKm2[i + 1]]).toEqual([0, 0]);
  });

  it("measures each change into territory.json", () => {
    const ids = file.methodChanges!.map((m) => m.id);
    expect(ids).toEqual(["nzz-2023-01-04-pre2022", "nzz-2023-01-05-broken"]);
    const broken = file.methodChanges![1]!.figures[0]!;
    expect(broken.label).toBe("labelled as losses (inside Ukraine)");
    expect(rel(broken.value, rectKm2([36.3, 47, 37.5, 48]))).toBeLessThan(1e-3);
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
