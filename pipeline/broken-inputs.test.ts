import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { makeTempDir, writeRawDir } from "./fixtures/raw-dir";
import {
  BAD_RING_SNAPSHOT,
  BROKEN_CASES,
  DEGENERATE_RING_SNAPSHOT,
  writeStaleRawDir,
  writeUnlistedDropRawDir,
} from "./fixtures/broken-raw";
import { listFiles, runBuild, type RegisteredStep } from "./lib/run-build";
import { silentProgress } from "./lib/progress";
import { readRawJson } from "./lib/raw-files";
import { buildLosses } from "./steps/losses";
import { buildOryx } from "./steps/oryx";
import { readSnapshotPolygons } from "./sources/territory-snapshot";
import { makeTerritoryRaw } from "./steps/territory-fixtures";
import { RawDataError } from "./types";

const STEPS: RegisteredStep[] = [
  { name: "losses", run: buildLosses, owns: ["losses.json"] },
  { name: "oryx", run: buildOryx, owns: ["oryx.json"] },
];

/** A published folder built from the good fixture, and a way to rebuild it from another raw folder. */
async function published() {
  const root = makeTempDir();
  const outDir = path.join(root, "public/data");
  const build = (rawDir: string) => runBuild({ rawDir, outDir, steps: STEPS, progress: silentProgress });
  await build(writeRawDir(path.join(root, "good")));
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
    expect(error.reason).toMatch(
      /"general-staff" ends on 2022-04-30, before the previous build's 2022-05-01/,
    );
    expect(snapshot()).toEqual(before);
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
