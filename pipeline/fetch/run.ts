// The fetch itself: seeds the frozen archives from a local raw folder, then brings what is new of each
// upstream into the raw folder. Every file is downloaded, checked, written to a temp file beside its
// target, read back and renamed into place, so an invalid or interrupted download never replaces a
// good copy; a failure is recorded with the file's name and the run goes on with the other sources.
// A rerun starts from what is on disk (per-day sources: from the last local day), so it is resumable.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { addDays, eachDay } from "../lib/dates";
import type { FetchConfig, SourceConfig } from "./config";
import { decodeBody, recordDates, parseJson } from "./checks";
import { httpGet, type HttpOptions, type HttpResult } from "./http";
import {
  hashFolder,
  readFetchManifest,
  sha256,
  writeFetchManifest,
  type FetchManifest,
  type SourceEntry,
} from "./manifest";
import { FETCH_SOURCES, FROZEN_ARCHIVES } from "./sources";
import type { CumulativeSource, DailySource, FetchSource } from "./sources/types";

export interface FetchOptions {
  outDir: string;
  /** A raw folder laid out like ../shared/data to seed from (frozen archives; per-day folders and
   *  General Staff files the target lacks), or null. */
  seedDir: string | null;
  config: FetchConfig;
  /** Last day to probe (UTC calendar day); default today. */
  today?: string;
  /** Start time written into the manifest; default now. */
  now?: Date;
  log?: (line: string) => void;
  /** Replaces the wait between retries (tests). */
  sleep?: (ms: number) => Promise<void>;
  /** Extra request headers, e.g. an Authorization for the GitHub API. */
  apiHeaders?: Record<string, string>;
}

export interface FetchFailure {
  /** The local file (relative to the raw folder) or the URL that failed. */
  file: string;
  reason: string;
}

export interface SourceOutcome {
  id: string;
  /** Local paths written this run. */
  written: string[];
  /** Files upstream still had as we have them (304 or identical bytes). */
  unchanged: number;
  /** Per-day sources: days whose file repeats the previous day and is left out (NZZ). */
  repeats: number;
  /** Per-day sources: days probed that upstream has no file for yet (404). */
  notYet: string[];
  commit: string | null;
}

export interface FetchResult {
  outcomes: SourceOutcome[];
  /** Folders copied from the seed this run. */
  seeded: { folder: string; files: number }[];
  failures: FetchFailure[];
  manifest: FetchManifest;
}

const TMP_MARK = ".fetch-tmp-";

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Writes `bytes` to `file` through a temp file in the same folder, read back before the rename. */
function writeAtomic(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}${TMP_MARK}${process.pid}`);
  try {
    writeFileSync(tmp, bytes);
    if (!readFileSync(tmp).equals(bytes)) throw new Error(`${tmp}: read back differs from what was written`);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Temp files of an interrupted run (never a published state). */
function removeLeftovers(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) removeLeftovers(child);
    else if (entry.name.includes(TMP_MARK) || /^fetch-manifest\.json\.tmp-/.test(entry.name))
      rmSync(child, { force: true });
  }
}

function fileNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith(".")) : [];
}

/** cpSync keeps modes: a read-only seed (../shared/data) would give folders no new day can be written to. */
function makeWritable(target: string): void {
  const stat = statSync(target);
  chmodSync(target, stat.mode | 0o200);
  if (stat.isDirectory()) for (const name of readdirSync(target)) makeWritable(path.join(target, name));
}

/** Copies the frozen archives (and whatever else the target lacks that the seed has) from the seed. */
function seed(options: FetchOptions, log: (l: string) => void, failures: FetchFailure[]) {
  const seeded: FetchResult["seeded"] = [];
  const { outDir, seedDir } = options;
  const from = (folder: string) => (seedDir ? path.join(seedDir, folder) : null);
  const copyFolder = (folder: string) => {
    const src = from(folder)!;
    cpSync(src, path.join(outDir, folder), { recursive: true, force: false, errorOnExist: false });
    makeWritable(path.join(outDir, folder));
    const files = hashFolder(outDir, folder).length;
    seeded.push({ folder, files });
    return files;
  };
  for (const archive of FROZEN_ARCHIVES) {
    const target = path.join(outDir, archive.folder);
    if (fileNames(target).length > 0) {
      log(`${archive.folder}/: frozen upstream (${archive.why}); kept as seeded earlier, not fetched`);
      continue;
    }
    const src = from(archive.folder);
    if (!src || fileNames(src).length === 0) {
      failures.push({
        file: `${archive.folder}/`,
        reason: `missing, and ${seedDir ? `the seed folder ${seedDir} has none` : "no seed folder was given"}: this archive is frozen upstream (${archive.why}) and is copied from a seed (--seed DIR), never fetched`,
      });
      continue;
    }
    const n = copyFolder(archive.folder);
    log(
      `${archive.folder}/: frozen upstream (${archive.why}); seeded ${n} files from ${src}, not from the network`,
    );
  }
  // Fetched sources the target has nothing of start from the seed's copy, so a first fetch downloads
  // only what is newer than it (and a General Staff file is checked against the seed's copy).
  for (const source of FETCH_SOURCES) {
    const src = from(source.folder);
    if (!src || fileNames(src).length === 0) continue;
    const target = path.join(outDir, source.folder);
    if (source.kind === "daily") {
      if (fileNames(target).some((n) => source.dayOf(n))) continue;
      const n = copyFolder(source.folder);
      log(`${source.folder}/: seeded ${n} files from ${src}; newer days are fetched`);
    } else {
      const missing = source.files.filter(
        (f) => !existsSync(path.join(target, f.local)) && existsSync(path.join(src, f.local)),
      );
      for (const f of missing) {
        mkdirSync(target, { recursive: true });
        cpSync(path.join(src, f.local), path.join(target, f.local));
        makeWritable(path.join(target, f.local));
      }
      if (missing.length > 0) {
        seeded.push({ folder: source.folder, files: missing.length });
        log(`${source.folder}/: seeded ${missing.length} files from ${src}; then fetched and compared`);
      }
    }
  }
  return seeded;
}

/** The commit `ref` is at, from the GitHub API, or null (no API configured, or it did not answer). */
async function resolveCommit(
  cfg: SourceConfig,
  options: FetchOptions,
  http: HttpOptions,
  log: (l: string) => void,
): Promise<string | null> {
  const api = options.config.githubApi;
  if (!api || !cfg.repo) return null;
  if (/^[0-9a-f]{40}$/.test(cfg.ref)) return cfg.ref;
  const url = `${api}/repos/${cfg.repo}/commits/${encodeURIComponent(cfg.ref)}`;
  try {
    const result = await httpGet(url, {
      ...http,
      headers: { Accept: "application/vnd.github+json", ...options.apiHeaders },
    });
    if (result.status === "ok") {
      const sha = (JSON.parse(result.body.toString("utf8")) as { sha?: unknown }).sha;
      if (typeof sha === "string" && /^[0-9a-f]{40}$/.test(sha)) return sha;
    }
    log(`  ${url}: no commit in the answer; reading ${cfg.ref} without a commit`);
  } catch (error) {
    log(`  ${(error as Error).message}; reading ${cfg.ref} without a commit`);
  }
  return null;
}

interface SourceRun {
  outcome: SourceOutcome;
  lastDay: string | null;
  checkedThrough: string | null;
  records: number;
  etags: Record<string, string>;
  answered: boolean;
}

/** What every source's fetch shares: where to write, today's day, the HTTP settings, the run's
 *  failures and its log. */
interface FetchContext {
  outDir: string;
  today: string;
  http: HttpOptions;
  failures: FetchFailure[];
  log: (l: string) => void;
}

async function fetchCumulative(
  source: CumulativeSource,
  url: (p: string) => string,
  previous: SourceEntry | undefined,
  ctx: FetchContext,
  outcome: SourceOutcome,
): Promise<Omit<SourceRun, "outcome">> {
  const etags: Record<string, string> = {};
  let answered = false;
  for (const file of source.files) {
    const local = `${source.folder}/${file.local}`;
    const abs = path.join(ctx.outDir, local);
    const current = existsSync(abs) ? readFileSync(abs) : null;
    // Send the ETag only when the file on disk is the one it was given for.
    const known = previous?.etags[local];
    const onDisk = previous?.files.find((f) => f.path === local);
    const sameAsListed = current !== null && onDisk !== undefined && sha256(current) === onDisk.sha256;
    const etag = known && sameAsListed ? known : null;
    let result: HttpResult;
    try {
      result = await httpGet(url(file.upstream), ctx.http, etag);
    } catch (error) {
      ctx.failures.push({ file: local, reason: `${(error as Error).message}; the previous copy is kept` });
      if (known && current) etags[local] = known;
      continue;
    }
    answered = true;
    if (result.status === "unchanged") {
      outcome.unchanged++;
      etags[local] = etag!;
      continue;
    }
    if (result.status === "missing") {
      ctx.failures.push({
        file: local,
        reason: `${url(file.upstream)} is not found (404); the previous copy is kept`,
      });
      continue;
    }
    const decoded = decodeBody(result.body);
    const problem =
      "problem" in decoded
        ? decoded.problem
        : source.check(decoded.text, current ? current.toString("utf8") : null, ctx.today);
    if (problem) {
      ctx.failures.push({
        file: local,
        reason: `${problem} (from ${url(file.upstream)}); ${current ? "the previous copy is kept" : "not written"}`,
      });
      if (known && current) etags[local] = known;
      continue;
    }
    const bytes = Buffer.from((decoded as { text: string }).text, "utf8");
    if (result.etag) etags[local] = result.etag;
    if (current?.equals(bytes)) {
      outcome.unchanged++;
      continue;
    }
    writeAtomic(abs, bytes);
    outcome.written.push(local);
  }
  // The source runs to its main file's last record.
  const main = path.join(ctx.outDir, source.folder, source.files[0]!.local);
  let lastDay: string | null = null;
  let records = 0;
  if (existsSync(main)) {
    const parsed = parseJson(readFileSync(main, "utf8"));
    const dates = "value" in parsed ? recordDates(parsed.value) : null;
    if (dates && "dates" in dates) {
      records = dates.dates.length;
      lastDay = dates.dates[dates.dates.length - 1] ?? null;
    }
  }
  return { lastDay, checkedThrough: null, records, etags, answered };
}

/** Adds or replaces a day's row in a tab-separated listing whose rows start with the day. */
function appendListing(file: string, day: string, row: string): void {
  if (!existsSync(file)) return;
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const kept = lines.filter((line, i) => i === 0 || !line.startsWith(`${day}\t`));
  writeAtomic(file, Buffer.from(`${[...kept, row].join("\n")}\n`, "utf8"));
}

function localText(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

async function fetchDaily(
  source: DailySource,
  cfg: SourceConfig,
  url: (p: string) => string,
  previous: SourceEntry | undefined,
  ctx: FetchContext & { concurrency: number },
  outcome: SourceOutcome,
): Promise<Omit<SourceRun, "outcome">> {
  const dir = path.join(ctx.outDir, source.folder);
  const localDays = () =>
    fileNames(dir)
      .map((n) => source.dayOf(n))
      .filter((d): d is string => d !== null)
      .sort();
  const days0 = localDays();
  const lastLocal = days0[days0.length - 1] ?? null;
  // Days already seen upstream but left out as repeats are not asked for again, as long as the folder
  // still ends where the last run left it (files removed since are fetched again).
  const seen = previous && previous.lastDay === lastLocal ? previous.checkedThrough : null;
  let checkedThrough = lastLocal && seen ? (lastLocal > seen ? lastLocal : seen) : (lastLocal ?? seen);
  const first = checkedThrough ? addDays(checkedThrough, 1) : cfg.start;
  const days = first <= ctx.today ? eachDay(first, ctx.today) : [];
  let previousText =
    lastLocal && source.skipRepeats ? localText(path.join(dir, source.localName(lastLocal))) : null;
  let answered = false;
  let stopped = false;
  for (let i = 0; i < days.length && !stopped; i += ctx.concurrency) {
    const batch = days.slice(i, i + ctx.concurrency);
    // Downloaded in parallel, written in day order (a repeat is judged against the day before).
    const downloads = batch.map((day) =>
      httpGet(url(source.upstreamPath(day)), ctx.http).then(
        (r) => ({ day, r }),
        (error: unknown) => ({ day, error: error as Error }),
      ),
    );
    for (const pending of downloads) {
      const got = await pending;
      if (stopped) continue;
      const { day } = got;
      const local = `${source.folder}/${source.localName(day)}`;
      const from = url(source.upstreamPath(day));
      const fail = (reason: string) => {
        ctx.failures.push({
          file: local,
          reason: `${reason}; not written, later days not fetched (a rerun resumes here)`,
        });
        stopped = true;
      };
      if ("error" in got) {
        fail(got.error.message);
        continue;
      }
      answered = true;
      if (got.r.status === "missing") {
        outcome.notYet.push(day);
        continue;
      }
      if (got.r.status === "unchanged") continue; // never asked conditionally
      const decoded = decodeBody(got.r.body);
      if ("problem" in decoded) {
        fail(`${decoded.problem} (from ${from})`);
        continue;
      }
      const prepared = source.prepare(decoded.text, day);
      if ("problem" in prepared) {
        fail(`${prepared.problem} (from ${from})`);
        continue;
      }
      checkedThrough = day;
      if (source.skipRepeats && previousText === prepared.text) {
        outcome.repeats++;
        continue;
      }
      const text = Buffer.from(prepared.text, "utf8");
      const bytes = local.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text;
      writeAtomic(path.join(ctx.outDir, local), bytes);
      outcome.written.push(local);
      previousText = prepared.text;
      if (source.listing)
        appendListing(
          path.join(dir, source.listing.file),
          day,
          source.listing.row(day, prepared.text, outcome.commit),
        );
    }
  }
  const after = localDays();
  return {
    lastDay: after[after.length - 1] ?? null,
    checkedThrough,
    records: after.length,
    etags: {},
    answered,
  };
}

export async function runFetch(options: FetchOptions): Promise<FetchResult> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const today = options.today ?? todayUtc(now);
  const { config, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  removeLeftovers(outDir);
  const previous = readFetchManifest(outDir, (reason) => log(`fetch-manifest.json: ignored, it ${reason}`));
  const failures: FetchFailure[] = [];
  const seeded = seed(options, log, failures);
  const http: HttpOptions = {
    retries: config.retries,
    backoffMs: config.backoffMs,
    timeoutMs: config.timeoutMs,
    log,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  };

  const entries = new Map<string, SourceEntry>();
  const outcomes: SourceOutcome[] = [];
  const nowIso = now.toISOString();
  const manifestNow = (): FetchManifest => ({
    version: 1,
    fetchedAt: nowIso,
    sources: [
      ...FETCH_SOURCES.map((s) => entries.get(s.id) ?? previous?.sources.find((p) => p.id === s.id)),
      ...FROZEN_ARCHIVES.map((a) => entries.get(a.id)),
    ].filter((e): e is SourceEntry => e !== undefined),
  });

  for (const archive of FROZEN_ARCHIVES) {
    const files = hashFolder(outDir, archive.folder);
    if (files.length === 0) continue;
    const before = previous?.sources.find((p) => p.id === archive.id);
    entries.set(archive.id, {
      id: archive.id,
      folder: archive.folder,
      origin: "seeded",
      upstream: archive.upstream,
      repo: null,
      commit: null,
      fetchedAt: null,
      lastDay: before?.lastDay ?? null,
      checkedThrough: null,
      records: files.length,
      etags: {},
      files,
    });
  }

  for (const source of FETCH_SOURCES) {
    const cfg = config.sources[source.id];
    log(`${source.id}: ${cfg.base}`);
    const before = previous?.sources.find((p) => p.id === source.id);
    const commit = await resolveCommit(cfg, options, http, log);
    const ref = commit ?? cfg.ref;
    const url = (p: string) => `${cfg.base}/${ref}/${p}`;
    const outcome: SourceOutcome = {
      id: source.id,
      written: [],
      unchanged: 0,
      repeats: 0,
      notYet: [],
      commit,
    };
    const ctx = { outDir, today, http, concurrency: config.concurrency, failures, log };
    const run = await runSource(source, cfg, url, before, ctx, outcome);
    outcomes.push(outcome);
    entries.set(source.id, {
      id: source.id,
      folder: source.folder,
      origin: "fetched",
      upstream: cfg.base,
      repo: cfg.repo,
      // A run that wrote nothing keeps the commit its files were read at.
      commit: outcome.written.length > 0 || !before ? commit : (commit ?? before.commit),
      fetchedAt: run.answered ? nowIso : (before?.fetchedAt ?? null),
      lastDay: run.lastDay,
      checkedThrough: run.checkedThrough,
      records: run.records,
      etags: run.etags,
      files: hashFolder(outDir, source.folder),
    });
    // Written after each source, so an interrupted run keeps what it finished.
    writeFetchManifest(outDir, manifestNow());
    const parts = [
      `${outcome.written.length} written`,
      `${outcome.unchanged} unchanged`,
      ...(outcome.repeats ? [`${outcome.repeats} repeats left out`] : []),
      ...(outcome.notYet.length ? [`${outcome.notYet.length} not published yet (404)`] : []),
    ];
    log(
      `${source.id}: ${parts.join(", ")}; runs to ${run.lastDay ?? "(nothing)"}${commit ? ` at ${commit.slice(0, 12)}` : ""}`,
    );
  }
  const manifest = manifestNow();
  writeFetchManifest(outDir, manifest);
  return { outcomes, seeded, failures, manifest };
}

function runSource(
  source: FetchSource,
  cfg: SourceConfig,
  url: (p: string) => string,
  before: SourceEntry | undefined,
  ctx: Parameters<typeof fetchDaily>[4],
  outcome: SourceOutcome,
) {
  return source.kind === "cumulative"
    ? fetchCumulative(source, url, before, ctx, outcome)
    : fetchDaily(source, cfg, url, before, ctx, outcome);
}
