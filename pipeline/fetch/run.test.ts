// The fetch against a local fixture server (127.0.0.1 only): first fetch, incremental rerun, 404s,
// retries, truncated and moved-back files, resume, and the manifest's hashes.
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../fixtures/raw-dir";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { GS_FILES, gsJson, nzzJson, oryxCsv, serveUpstreams } from "./fixtures";
import { FETCH_MANIFEST } from "./manifest";
import { runFetch, type FetchOptions } from "./run";

const D1 = "2026-03-01";
const D2 = "2026-03-02";
const D3 = "2026-03-03";
const D4 = "2026-03-04";

let server: FixtureServer;
let out: string;
let seed: string;

/** A seed folder holding only the frozen archives (made-up bytes: the fetch copies, never reads them). */
function makeSeed(): string {
  const dir = makeTempDir("fetch-seed-");
  mkdirSync(path.join(dir, "oryx"), { recursive: true });
  writeFileSync(path.join(dir, "oryx/totals_by_type_history.csv"), "snapshot_utc,country\n");
  mkdirSync(path.join(dir, "territory/deepstate"), { recursive: true });
  writeFileSync(path.join(dir, "territory/deepstate/2025-08-03T000000Z.geojson.gz"), gzipSync("{}"));
  mkdirSync(path.join(dir, "geo"), { recursive: true });
  writeFileSync(path.join(dir, "geo/ukraine-boundary.geojson.gz"), gzipSync("{}"));
  return dir;
}

function fetchOnce(today: string, extra: Partial<FetchOptions> = {}) {
  return runFetch({
    outDir: out,
    seedDir: seed,
    config: server.config({ start: D1 }),
    today,
    now: new Date(`${today}T06:00:00Z`),
    sleep: async () => {},
    ...extra,
  });
}

const read = (rel: string) => readFileSync(path.join(out, rel));
const gunzipText = (rel: string) => gunzipSync(read(rel)).toString("utf8");
/** Requests of the log whose path starts with one of the prefixes, with the ref left out. */
const requests = () => server.log.map((line) => line.replace(/^GET \/([^/]+)\/[^/]+\//, "$1/"));

beforeEach(async () => {
  server = await startFixtureServer();
  out = makeTempDir("fetch-out-");
  seed = makeSeed();
});
afterEach(() => server.close());

describe("a first fetch into an empty folder", () => {
  it("lays the files out like ../shared/data, converted where the raw layout differs", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    const result = await fetchOnce(D3);
    expect(result.failures).toEqual([]);
    // General Staff and Oryx: as published, byte for byte.
    for (const name of GS_FILES)
      expect(read(`general-staff/${name}`).toString()).toBe(
        (server.routes.get(`gs/data/${name}`) as { body: string }).body,
      );
    expect(readdirSync(path.join(out, "oryx-daily")).sort()).toEqual([`${D1}.csv`, `${D2}.csv`, `${D3}.csv`]);
    expect(read(`oryx-daily/${D2}.csv`).toString()).toBe(oryxCsv(D2, 8));
    // NZZ: minified and gzipped.
    expect(gunzipText(`territory/nzz/${D1}.json.gz`)).toBe(JSON.stringify(JSON.parse(nzzJson(D1, 36))));
    // DeepState: gzipped, without `crs`, coordinates to 6 decimals.
    const ds = JSON.parse(gunzipText(`territory/deepstate-occupied/${D3}.geojson.gz`));
    expect(ds.crs).toBeUndefined();
    expect(ds.name).toBe("deepstatemap_data_20260303");
    expect(ds.features[0].geometry.coordinates[0][0][0]).toEqual([37.323457, 47]);
    // Frozen archives: copied from the seed, not requested.
    expect(read("oryx/totals_by_type_history.csv").toString()).toBe("snapshot_utc,country\n");
    expect(existsSync(path.join(out, "territory/deepstate/2025-08-03T000000Z.geojson.gz"))).toBe(true);
    expect(result.seeded.map((s) => s.folder)).toEqual(["oryx", "territory/deepstate", "geo"]);
    expect(server.log.some((l) => l.includes("oryx/totals") || l.includes("deepstate/"))).toBe(false);
  });

  it("writes a manifest with each file's sha256 and byte count, and each source's last day", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    const { manifest } = await fetchOnce(D3);
    const onDisk = JSON.parse(read(FETCH_MANIFEST).toString());
    expect(onDisk).toEqual(manifest);
    const files = manifest.sources.flatMap((s) => s.files);
    expect(files).toHaveLength(3 + 3 * 3 + 3);
    for (const file of files) {
      const bytes = read(file.path);
      expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(file.bytes).toBe(bytes.length);
    }
    const byId = Object.fromEntries(manifest.sources.map((s) => [s.id, s]));
    expect(byId["general-staff"]).toMatchObject({
      lastDay: D3,
      records: 3,
      fetchedAt: "2026-03-03T06:00:00.000Z",
    });
    expect(byId["oryx-daily"]).toMatchObject({ lastDay: D3, records: 3, upstream: `${server.url}/oryx` });
    expect(byId["oryx-history"]).toMatchObject({ origin: "seeded", fetchedAt: null, records: 1 });
  });

  it("reads every file at the commit the GitHub API names, and records it", async () => {
    serveUpstreams(server, [D1]);
    const sha = "ab".repeat(20);
    server.commits.set("gs", sha);
    const { manifest } = await fetchOnce(D1, { config: server.config({ start: D1, githubApi: true }) });
    expect(manifest.sources.find((s) => s.id === "general-staff")?.commit).toBe(sha);
    expect(server.log).toContain(`GET /gs/${sha}/data/russia_losses_equipment.json 200`);
    // No commit for the others (the API answered 404): read at HEAD, commit null.
    expect(manifest.sources.find((s) => s.id === "nzz")?.commit).toBeNull();
    expect(server.log).toContain(`GET /nzz/HEAD/data/${D1}.json 200`);
  });
});

describe("a second fetch", () => {
  it("asks only for the days after the last local one, and for the cumulative files by ETag", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    await fetchOnce(D3);
    serveUpstreams(server, [D1, D2, D3, D4]);
    server.log.length = 0;
    const result = await fetchOnce(D4);
    expect(result.failures).toEqual([]);
    expect(requests()).toEqual([
      "gs/data/russia_losses_equipment.json 200",
      "gs/data/russia_losses_personnel.json 200",
      "gs/data/russia_losses_equipment_correction.json 304",
      `oryx/data/byType/${D4}.csv 200`,
      `nzz/data/${D4}.json 200`,
      "ds/data/deepstatemap_data_20260304.geojson 200",
    ]);
    expect(result.outcomes.find((o) => o.id === "general-staff")).toMatchObject({ unchanged: 1 });
    expect(JSON.parse(read("general-staff/russia_losses_equipment.json").toString())).toHaveLength(4);
  });

  it("takes a 404 for a day as not published yet, and fetches it once it appears", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    await fetchOnce(D3);
    server.log.length = 0;
    const result = await fetchOnce(D4);
    expect(result.failures).toEqual([]);
    expect(result.outcomes.map((o) => [o.id, o.notYet])).toEqual([
      ["general-staff", []],
      ["oryx-daily", [D4]],
      ["nzz", [D4]],
      ["deepstate-occupied", [D4]],
    ]);
    expect(existsSync(path.join(out, `oryx-daily/${D4}.csv`))).toBe(false);
    serveUpstreams(server, [D1, D2, D3, D4]);
    await fetchOnce(D4);
    expect(read(`oryx-daily/${D4}.csv`).toString()).toBe(oryxCsv(D4, 10));
  });

  it("leaves out an NZZ day that repeats the one before, and does not ask for it again", async () => {
    serveUpstreams(server, [D1, D2]);
    server.routes.set(`nzz/data/${D2}.json`, { body: nzzJson(D1, 36) });
    const first = await fetchOnce(D2);
    expect(first.outcomes.find((o) => o.id === "nzz")).toMatchObject({
      written: [`territory/nzz/${D1}.json.gz`],
      repeats: 1,
    });
    serveUpstreams(server, [D1, D2, D3]);
    server.log.length = 0;
    await fetchOnce(D3);
    expect(requests().filter((r) => r.startsWith("nzz/"))).toEqual([`nzz/data/${D3}.json 200`]);
    // Files removed by hand are fetched again, whatever the manifest remembers.
    rmSync(path.join(out, "territory/nzz"), { recursive: true });
    server.log.length = 0;
    await fetchOnce(D3);
    expect(requests().filter((r) => r.startsWith("nzz/"))).toEqual([
      `nzz/data/${D1}.json 200`,
      `nzz/data/${D2}.json 200`,
      `nzz/data/${D3}.json 200`,
    ]);
  });
});

describe("failures", () => {
  it("retries a 500 with exponential backoff, then keeps the answer", async () => {
    serveUpstreams(server, [D1]);
    server.routes.set(`oryx/data/byType/${D1}.csv`, {
      sequence: [{ status: 500 }, { status: 503 }, { body: oryxCsv(D1) }],
    });
    const waits: number[] = [];
    const config = { ...server.config({ start: D1 }), backoffMs: 250 };
    const result = await fetchOnce(D1, { config, sleep: async (ms) => void waits.push(ms) });
    expect(result.failures).toEqual([]);
    expect(waits).toEqual([250, 500]);
    expect(requests().filter((r) => r.startsWith("oryx/"))).toEqual([
      `oryx/data/byType/${D1}.csv 500`,
      `oryx/data/byType/${D1}.csv 503`,
      `oryx/data/byType/${D1}.csv 200`,
    ]);
    expect(read(`oryx-daily/${D1}.csv`).toString()).toBe(oryxCsv(D1));
  });

  it("gives up after the retries on a body cut short, naming the file", async () => {
    serveUpstreams(server, [D1]);
    server.routes.set(`oryx/data/byType/${D1}.csv`, { cut: oryxCsv(D1), bytes: 60 });
    const result = await fetchOnce(D1);
    expect(result.failures.map((f) => f.file)).toEqual([`oryx-daily/${D1}.csv`]);
    expect(result.failures[0]!.reason).toMatch(/after 3 attempts/);
    expect(existsSync(path.join(out, `oryx-daily/${D1}.csv`))).toBe(false);
  });

  it("rejects a truncated General Staff JSON and keeps the previous copy", async () => {
    serveUpstreams(server, [D1, D2]);
    await fetchOnce(D2);
    const before = read("general-staff/russia_losses_equipment.json");
    const full = gsJson(D1, D3);
    server.routes.set("gs/data/russia_losses_equipment.json", { body: full.slice(0, full.length - 30) });
    const result = await fetchOnce(D3);
    expect(result.failures.map((f) => f.file)).toEqual(["general-staff/russia_losses_equipment.json"]);
    expect(result.failures[0]!.reason).toMatch(/^truncated or invalid JSON .*the previous copy is kept$/);
    expect(read("general-staff/russia_losses_equipment.json").equals(before)).toBe(true);
  });

  it("rejects a CSV cut inside its last row", async () => {
    serveUpstreams(server, [D1]);
    const csv = oryxCsv(D1);
    server.routes.set(`oryx/data/byType/${D1}.csv`, { body: csv.slice(0, csv.length - 5) });
    const result = await fetchOnce(D1);
    expect(result.failures).toEqual([
      {
        file: `oryx-daily/${D1}.csv`,
        reason: `truncated CSV (does not end with a line break) (from ${server.url}/oryx/HEAD/data/byType/${D1}.csv); not written, later days not fetched (a rerun resumes here)`,
      },
    ]);
  });

  it("rejects a truncated gzip", async () => {
    serveUpstreams(server, [D1]);
    const gz = gzipSync(nzzJson(D1));
    server.routes.set(`nzz/data/${D1}.json`, { body: gz.subarray(0, gz.length - 12) });
    const result = await fetchOnce(D1);
    expect(result.failures.map((f) => f.file)).toEqual([`territory/nzz/${D1}.json.gz`]);
    expect(result.failures[0]!.reason).toMatch(/^corrupt or truncated gzip/);
    expect(existsSync(path.join(out, `territory/nzz/${D1}.json.gz`))).toBe(false);
  });

  it("rejects a General Staff file that moved back: an earlier last date, or fewer records", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    await fetchOnce(D3);
    const before = read("general-staff/russia_losses_equipment.json");
    server.routes.set("gs/data/russia_losses_equipment.json", { body: gsJson("2026-02-28", D2) });
    const earlier = await fetchOnce(D3);
    expect(earlier.failures.map((f) => [f.file, f.reason.split(" (from")[0]])).toEqual([
      [
        "general-staff/russia_losses_equipment.json",
        `moved back: it ends on ${D2}, before the previous copy's ${D3}`,
      ],
    ]);
    const gap = JSON.stringify(JSON.parse(gsJson(D1, D3)).filter((r: { date: string }) => r.date !== D2));
    server.routes.set("gs/data/russia_losses_equipment.json", { body: gap });
    const fewer = await fetchOnce(D3);
    expect(fewer.failures.map((f) => f.reason.split(" (from")[0])).toEqual([
      "moved back: it has 2 records, fewer than the previous copy's 3",
    ]);
    expect(read("general-staff/russia_losses_equipment.json").equals(before)).toBe(true);
  });

  it("names a frozen archive the seed does not have, and fetches the rest", async () => {
    serveUpstreams(server, [D1]);
    const result = await fetchOnce(D1, { seedDir: null });
    expect(result.failures.map((f) => f.file)).toEqual(["oryx/", "territory/deepstate/", "geo/"]);
    expect(result.failures[0]!.reason).toMatch(
      /frozen upstream .* copied from a seed \(--seed DIR\), never fetched$/,
    );
    expect(existsSync(path.join(out, `oryx-daily/${D1}.csv`))).toBe(true);
  });
});

describe("resuming", () => {
  it("after a failed day, a rerun starts at that day and keeps what was fetched", async () => {
    serveUpstreams(server, [D1, D2, D3]);
    server.routes.set(`oryx/data/byType/${D2}.csv`, { status: 500 });
    const first = await fetchOnce(D3);
    expect(first.failures.map((f) => f.file)).toEqual([`oryx-daily/${D2}.csv`]);
    expect(readdirSync(path.join(out, "oryx-daily"))).toEqual([`${D1}.csv`]);
    // A temp file left by a run killed mid-write is removed, never taken for data.
    writeFileSync(path.join(out, `oryx-daily/.${D3}.csv.fetch-tmp-999`), "partial");
    serveUpstreams(server, [D1, D2, D3]);
    server.log.length = 0;
    const second = await fetchOnce(D3);
    expect(second.failures).toEqual([]);
    expect(requests().filter((r) => r.startsWith("oryx/"))).toEqual([
      `oryx/data/byType/${D2}.csv 200`,
      `oryx/data/byType/${D3}.csv 200`,
    ]);
    expect(readdirSync(path.join(out, "oryx-daily")).sort()).toEqual([`${D1}.csv`, `${D2}.csv`, `${D3}.csv`]);
  });

  it("seeds the per-day folders from the seed too, and fetches only what is newer", async () => {
    mkdirSync(path.join(seed, "oryx-daily"), { recursive: true });
    writeFileSync(path.join(seed, `oryx-daily/${D1}.csv`), oryxCsv(D1));
    writeFileSync(path.join(seed, `oryx-daily/${D2}.csv`), oryxCsv(D2));
    // ../shared/data is read-only; its copies must not be, or no new day could be written beside them.
    chmodSync(path.join(seed, `oryx-daily/${D2}.csv`), 0o444);
    chmodSync(path.join(seed, "oryx-daily"), 0o555);
    serveUpstreams(server, [D1, D2, D3]);
    await fetchOnce(D3);
    expect(requests().filter((r) => r.startsWith("oryx/"))).toEqual([`oryx/data/byType/${D3}.csv 200`]);
    expect(statSync(path.join(out, "oryx-daily")).mode & 0o200).toBe(0o200);
    expect(statSync(path.join(out, `oryx-daily/${D2}.csv`)).mode & 0o200).toBe(0o200);
  });

  it("adds each fetched Oryx day to a seeded SOURCES.tsv with the commit it was read at", async () => {
    mkdirSync(path.join(seed, "oryx-daily"), { recursive: true });
    writeFileSync(path.join(seed, `oryx-daily/${D1}.csv`), oryxCsv(D1));
    const header = "day\tupstream_commit\tchars\tre_read_equal";
    writeFileSync(
      path.join(seed, "oryx-daily/SOURCES.tsv"),
      `${header}\n${D1}\t${"1".repeat(40)}\t361\tyes\n`,
    );
    serveUpstreams(server, [D1, D2]);
    const sha = "cd".repeat(20);
    server.commits.set("oryx", sha);
    await fetchOnce(D2, { config: server.config({ start: D1, githubApi: true }) });
    expect(read("oryx-daily/SOURCES.tsv").toString()).toBe(
      `${header}\n${D1}\t${"1".repeat(40)}\t361\tyes\n${D2}\t${sha}\t${oryxCsv(D2, 8).length}\t\n`,
    );
  });
});
