// End to end: fetch from the local fixture server into a temp raw folder, then build from it with the
// pipeline's driver (the fast steps), and find the fetch's provenance in manifest.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, it } from "vitest";
import { STEPS } from "../build";
import { makeTempDir } from "../fixtures/raw-dir";
import { runBuild } from "../lib/run-build";
import { listDailySnapshots } from "../sources/territory-read";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { serveUpstreams } from "./fixtures";
import { digestFiles } from "./manifest";
import { runFetch } from "./run";

let server: FixtureServer;
beforeEach(async () => {
  server = await startFixtureServer();
});
afterEach(() => server.close());

const quiet = { start() {}, tick() {}, stop() {} };

it("builds losses.json from a fetched raw folder and copies the fetch's provenance into manifest.json", async () => {
  const days = ["2026-03-01", "2026-03-02", "2026-03-03"];
  serveUpstreams(server, days);
  const raw = makeTempDir("fetch-raw-");
  const seed = makeTempDir("fetch-seed-");
  for (const [folder, name] of [
    ["oryx", "totals_by_type_history.csv"],
    ["territory/deepstate", "2025-08-03T000000Z.geojson.gz"],
    ["geo", "ukraine-boundary.geojson.gz"],
  ] as const) {
    mkdirSync(path.join(seed, folder), { recursive: true });
    writeFileSync(path.join(seed, folder, name), name.endsWith(".gz") ? gzipSync("{}") : "x\n");
  }
  const fetched = await runFetch({
    outDir: raw,
    seedDir: seed,
    config: server.config({ start: days[0] }),
    today: days[2],
    now: new Date("2026-03-03T06:00:00Z"),
  });
  expect(fetched.failures).toEqual([]);

  const out = path.join(makeTempDir("fetch-build-"), "data");
  await runBuild({ rawDir: raw, outDir: out, steps: STEPS, only: ["losses"], progress: quiet });
  const losses = JSON.parse(readFileSync(path.join(out, "losses.json"), "utf8"));
  // The fixture's tanks are 10, 11, 12 on its three days; its personnel the same.
  expect(losses.generalStaff.dates).toEqual(days);
  expect(losses.generalStaff.cumulative.tank).toEqual([10, 11, 12]);
  expect(losses.generalStaff.cumulative.personnel).toEqual([10, 11, 12]);
  const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"));
  expect(manifest.sources.find((s: { id: string }) => s.id === "general-staff").lastDate).toBe("2026-03-03");
  const gs = manifest.fetch.sources.find((s: { id: string }) => s.id === "general-staff");
  const listed = fetched.manifest.sources.find((s) => s.id === "general-staff")!;
  expect(gs).toMatchObject({ origin: "fetched", lastDay: "2026-03-03", records: 3, files: 3 });
  expect(gs.sha256).toBe(digestFiles(listed.files));
  expect(manifest.fetch.fetchedAt).toBe("2026-03-03T06:00:00.000Z");

  // The territory readers accept the per-day folders as fetched.
  expect(listDailySnapshots(path.join(raw, "territory/nzz"), ".json.gz").map((s) => s.date)).toEqual(days);
  expect(listDailySnapshots(path.join(raw, "territory/deepstate-occupied"), ".geojson.gz")).toHaveLength(3);
});
