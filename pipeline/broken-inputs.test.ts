import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { makeTempDir, writeRawDir } from "./fixtures/raw-dir";
import {
  BAD_RING_SNAPSHOT,
  BROKEN_CASES,
  DEGENERATE_RING_SNAPSHOT,
  GATE_BUILD_DATE,
  GATE_CASES,
  TERRITORY_CASES,
  writeTerritoryRaw,
  writeLongRawDir,
  writeStaleRawDir,
  writeUnlistedDropRawDir,
} from "./fixtures/broken-raw";
import { listFiles, runBuild, type RegisteredStep } from "./lib/run-build";
import { silentProgress } from "./lib/progress";
import { readRawJson } from "./lib/raw-files";
import { buildLosses } from "./steps/losses";
import { buildOryx } from "./steps/oryx/oryx";
import { readSnapshotPolygons } from "./sources/territory-snapshot";
import { makeTerritoryRaw } from "./steps/territory/fixtures";
import { RawDataError, type StepContext } from "./types";
import { buildTerritoryWith } from "./steps/territory/territory";
import { gazetteerSource } from "./steps/basemap/places";

const STEPS: RegisteredStep[] = [
  { name: "losses", run: buildLosses, owns: ["losses.json"] },
  { name: "oryx", run: buildOryx, owns: ["oryx.json"] },
];

/** A published folder built from a good fixture, and a way to rebuild it from another raw folder. */
async function published(
  good: (dir: string) => string = writeRawDir,
  options: { allowShrink?: boolean } = {},
) {
  const root = makeTempDir();
  const outDir = path.join(root, "public/data");
  const build = (rawDir: string) =>
    runBuild({
      rawDir,
      outDir,
      steps: STEPS,
      progress: silentProgress,
      buildDate: GATE_BUILD_DATE,
      ...options,
    });
  await build(good(path.join(root, "good")));
  const snapshot = () =>
    Object.fromEntries(listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), "utf8")]));
  return { root, outDir, build, snapshot };
}

async function failure(promise: Promise<unknown>): Promise<RawDataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RawDataError);
  return error as RawDataError;
}

describe("the pipeline over broken raw inputs", () => {
  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))(
    "rejects %s, naming the file and the reason, and keeps the previous output",
    async (_name, broken) => {
      const { root, outDir, build, snapshot } = await published();
      const before = snapshot();
      const rawDir = path.join(root, "broken");
      broken.write(rawDir);
      const error = await failure(build(rawDir));
      expect(error.file).toBe(path.join(rawDir, broken.file));
      expect(error.reason).toMatch(broken.reason);
      expect(snapshot()).toEqual(before);
      expect(listFiles(path.dirname(outDir)).every((f) => f.startsWith("data/"))).toBe(true);
    },
  );

  it("rejects a source whose latest day is older than the previous build's", async () => {
    const { root, build, snapshot } = await published();
    const before = snapshot();
    const rawDir = path.join(root, "stale");
    writeStaleRawDir(rawDir);
    const error = await failure(build(rawDir));
    expect(error.file).toBe("public/data/losses.json");
    expect(error.reason).toBe(
      "fails a check (a series never gets shorter or ends earlier than the published one): generalStaff.dates ends on 2022-04-30, before the published 2022-05-01 (stale raw data? --allow-shrink accepts it)",
    );
    expect(snapshot()).toEqual(before);
  });

  it("publishes a shorter series with --allow-shrink", async () => {
    const { root, outDir, build } = await published(writeRawDir, { allowShrink: true });
    const rawDir = path.join(root, "stale");
    writeStaleRawDir(rawDir);
    await build(rawDir);
    const losses = JSON.parse(readFileSync(path.join(outDir, "losses.json"), "utf8")) as {
      generalStaff: { dates: string[] };
    };
    expect(losses.generalStaff.dates.at(-1)).toBe("2022-04-30");
  });

  it("publishes a cumulative total that drops without a listed correction, with a warning giving date and size", async () => {
    const { root, build } = await published();
    const rawDir = path.join(root, "drop");
    writeUnlistedDropRawDir(rawDir);
    const result = await build(rawDir);
    const lines = result.sections.find((s) => s.title.includes("losses.json"))!.lines;
    expect(lines).toContain("  2022-04-30 tank: 10 → 7 (-3); NO listed correction");
    // The listed APC correction on 2022-05-01 is still matched, not warned about.
    expect(lines.filter((l) => l.includes("NO listed correction"))).toHaveLength(1);
  });

  it.each(GATE_CASES.map((c) => [c.name, c] as const))(
    "stops at %s, naming the output, the series, the day and the rule, and keeps the previous output",
    async (_name, broken) => {
      const { root, build, snapshot } = await published(writeLongRawDir);
      const before = snapshot();
      const rawDir = path.join(root, "broken");
      broken.write(rawDir);
      const error = await failure(build(rawDir));
      expect(`${error.file}: ${error.reason}`).toBe(`${broken.file}: ${broken.reason}`);
      expect(snapshot()).toEqual(before);
    },
  );

  it("names a corrupt gzip", () => {
    const dir = makeTempDir();
    const file = path.join(dir, "cut.json.gz");
    writeFileSync(file, gzipSync(JSON.stringify([{ a: 1 }])).subarray(0, 12));
    expect(() => readRawJson(file)).toThrow(RawDataError);
    expect(() => readRawJson(file)).toThrow(`${file}: corrupt gzip`);
  });

  it("rejects a territory ring with a position that is not a lon/lat pair, naming the snapshot", () => {
    const raw = makeTerritoryRaw();
    raw.write("territory/deepstate-occupied/2023-01-02.geojson.gz", BAD_RING_SNAPSHOT);
    const file = path.join(raw.dir, "territory/deepstate-occupied/2023-01-02.geojson.gz");
    const error = (() => {
      try {
        readSnapshotPolygons("deepstate-occupied", file);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RawDataError);
    expect((error as RawDataError).file).toBe(file);
    expect((error as RawDataError).reason).toMatch(/invalid ring: position 2 is not a lon\/lat pair/);
  });

  it("repairs a degenerate territory ring (fewer than 4 positions) by dropping it", () => {
    const raw = makeTerritoryRaw();
    raw.write("territory/deepstate-occupied/2023-01-02.geojson.gz", DEGENERATE_RING_SNAPSHOT);
    const file = path.join(raw.dir, "territory/deepstate-occupied/2023-01-02.geojson.gz");
    expect(readSnapshotPolygons("deepstate-occupied", file).occupied).toHaveLength(1);
  });
});

describe("the territory step over broken raw inputs", () => {
  // The registered step, on one thread (worker threads are for the real run).
  const territory: RegisteredStep = {
    name: "territory",
    run: (ctx: StepContext) => buildTerritoryWith(ctx, { threads: 1 }),
    owns: ["territory.json", "map/", "place-history.json"],
  };
  // The step also writes place-history.json, whose sources include the installed gazetteer: the
  // build day is at least its release day, so only the broken input under test can fail the gate.
  const gazetteerDay = gazetteerSource().lastDate;
  const buildDate = gazetteerDay > GATE_BUILD_DATE ? gazetteerDay : GATE_BUILD_DATE;

  it.each(TERRITORY_CASES.map((c) => [c.name, c] as const))(
    "stops at %s with `file: reason`, and keeps the previous output",
    async (_name, broken) => {
      const raw = writeTerritoryRaw();
      const outDir = path.join(raw.dir, "public/data");
      const build = () =>
        runBuild({
          rawDir: raw.dir,
          outDir,
          steps: [territory],
          progress: silentProgress,
          buildDate,
        });
      await build();
      const snapshot = () => listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), "utf8")]);
      const before = snapshot();
      broken.write(raw);
      const error = await failure(build());
      const file = broken.file.startsWith("public/") ? broken.file : path.join(raw.dir, broken.file);
      expect(`${error.file}: ${error.reason}`).toBe(`${file}: ${broken.reason}`);
      expect(snapshot()).toEqual(before);
    },
  );
});
