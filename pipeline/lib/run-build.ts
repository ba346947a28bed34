// The driver's engine: runs steps into a temporary folder next to public/data, validates everything,
// writes the manifest, then swaps the folder in atomically (or, with `check`, compares instead).
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { safeParse } from "zod/mini";
import { promisify } from "node:util";
import { gzip, gzipSync } from "node:zlib";
import { RawDataError, type Progress, type ReportSection, type Step, type StepResult } from "../types";
import { deriveManifest } from "../steps/manifest";
import { describeIssues, OUTPUT_CHECKS, schemaFor } from "./output-schemas";
import { checkMapChunk, ukraineBounds, type LonLatBox } from "../../src/data/checks/data-checks";
import { basemapFileSchema } from "../../src/data/schemas/basemap";
import { serializeJson } from "./json";
import { isCalendarDate, todayUtc, type LedgerEntry } from "../../src/data/checks/plausibility";
import { readMethodChanges } from "../steps/curated/method-changes";
import { gateOutputs } from "./gate";
import { FETCH_MANIFEST, readFetchManifest, summariseFetchManifest } from "../fetch/manifest";

export interface RegisteredStep {
  /** Name used by `--only`. */
  name: string;
  run: Step;
  /** Paths under public/data this step owns: file names, or folders ending in "/". A run of the step
   *  replaces everything it owns; files no selected step owns are carried over unchanged. */
  owns: string[];
  /** Runs mostly on worker threads: started before the other steps, which run while it waits. */
  offThread?: boolean;
}

export interface BuildOptions {
  rawDir: string;
  /** The published folder, normally <root>/public/data. */
  outDir: string;
  steps: RegisteredStep[];
  /** Step names to run; default all. */
  only?: string[];
  /** Build into a temp folder and compare with outDir instead of replacing it. */
  check?: boolean;
  progress: Progress;
  /** Status lines ("step 2/4: oryx"), e.g. to stderr; default silent. */
  log?: (line: string) => void;
  /** The build day, YYYY-MM-DD: no output may hold a later date. Default: today (UTC). */
  buildDate?: string;
  /** The method-change ledger, whose days the gate excepts. Default: pipeline/curated/method-changes.json. */
  methodChanges?: readonly LedgerEntry[];
  /** Publish a series shorter than, or ending before, the published one (`--allow-shrink`). */
  allowShrink?: boolean;
}

export interface FileSize {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** True when this run wrote it (false: carried over from the previous folder). */
  written: boolean;
}

export interface BuildResult {
  sections: (ReportSection & { seconds: number })[];
  sizes: FileSize[];
  /** Only with `check`: files that differ, are missing or are extra, versus outDir. */
  differences: string[];
  seconds: number;
}

export function isOwnedBy(step: RegisteredStep, file: string): boolean {
  return step.owns.some((o) => (o.endsWith("/") ? file.startsWith(o) : file === o));
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk("");
  return out.sort();
}

/** Ukraine's bounds from the folder's basemap, for the map chunks' check (undefined without one). */
function boundsIn(dir: string): LonLatBox | undefined {
  const file = path.join(dir, "basemap.json");
  if (!existsSync(file)) return undefined;
  const basemap = basemapFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return basemap.success ? ukraineBounds(basemap.data) : undefined;
}

/**
 * Parses each JSON file of `files`, validates it with its schema and the app's semantic check (dates
 * not after `buildDay`), and returns the parsed files that have a schema, for the gate.
 */
function validateFolder(dir: string, files: string[], buildDay: string): Map<string, unknown> {
  const parsed = new Map<string, unknown>();
  let bounds: LonLatBox | undefined | null = null;
  for (const file of files) {
    if (!file.endsWith(".json")) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new RawDataError(`public/data/${file}`, `output is not valid JSON (${(error as Error).message})`);
    }
    const schema = schemaFor(file);
    if (!schema) continue;
    const result = safeParse(schema, data);
    if (!result.success)
      throw new RawDataError(`public/data/${file}`, `fails its schema: ${describeIssues(result.error)}`);
    let failure = OUTPUT_CHECKS[file]?.(result.data, buildDay) ?? null;
    if (!failure && /^map\/(?!index\.json$)/.test(file)) {
      if (bounds === null) bounds = boundsIn(dir);
      if (bounds)
        failure = checkMapChunk(result.data as Parameters<typeof checkMapChunk>[0], bounds, buildDay);
    }
    if (failure)
      throw new RawDataError(`public/data/${file}`, `fails a check (${failure.check}): ${failure.at}`);
    parsed.set(file, result.data);
  }
  return parsed;
}

/**
 * The summary of the raw folder's fetch-manifest.json (written by `npm run data:fetch`), or undefined
 * for a raw folder without one (../shared/data), so a build from it is unchanged byte for byte.
 */
function fetchProvenance(rawDir: string) {
  if (!existsSync(path.join(rawDir, FETCH_MANIFEST))) return undefined;
  let reason = "";
  const manifest = readFetchManifest(rawDir, (r) => (reason = r));
  if (!manifest) throw new RawDataError(path.join(rawDir, FETCH_MANIFEST), reason);
  return summariseFetchManifest(manifest);
}

function compareFolders(built: string, published: string): string[] {
  const a = listFiles(built);
  const b = new Set(listFiles(published));
  const diffs: string[] = [];
  for (const file of a) {
    if (!b.has(file)) diffs.push(`${file}: missing from the committed folder`);
    else if (!readFileSync(path.join(built, file)).equals(readFileSync(path.join(published, file))))
      diffs.push(`${file}: differs`);
    b.delete(file);
  }
  for (const file of b) diffs.push(`${file}: committed but not produced by the build`);
  return diffs;
}

/** rename old away, rename new in, delete old; restores the old folder if the second rename fails. */
export function swapIn(tmp: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (error) {
    if (hadOld) renameSync(old, outDir);
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const gzipAsync = promisify(gzip);

/** Raw and gzip -9 size of each file (manifest.json excepted: it is written last); `known` is reused. */
async function sizesOf(dir: string, files: string[], known: Map<string, number>) {
  return Promise.all(
    files
      .filter((file) => file !== "manifest.json")
      .map(async (file) => {
        const bytes = readFileSync(path.join(dir, file));
        const gzipBytes = known.get(file) ?? (await gzipAsync(bytes, { level: 9 })).length;
        return { path: file, bytes: bytes.length, gzipBytes };
      }),
  );
}

export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const buildDay = options.buildDate ?? todayUtc();
  if (!isCalendarDate(buildDay))
    throw new RawDataError("BUILD_DATE", `"${buildDay}" is not a calendar day (YYYY-MM-DD)`);
  const selected = options.only
    ? options.only.map((name) => {
        const step = options.steps.find((s) => s.name === name);
        if (!step)
          throw new RawDataError(
            "--only",
            `unknown step "${name}" (known: ${options.steps.map((s) => s.name).join(", ")})`,
          );
        return step;
      })
    : options.steps;

  const parent = path.dirname(options.outDir);
  const prefix = `.${path.basename(options.outDir)}-build-`;
  mkdirSync(parent, { recursive: true });
  // A run killed before it could clean up leaves its temp folder behind; it sits in public/, where
  // Vite would ship it, so remove such leftovers first (they are never a published state).
  // The folder name carries the builder's pid, so a concurrent build's folder is left alone.
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split("-")[0]);
    if (!isRunning(pid)) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  // Same parent folder as outDir, so the final rename is atomic (same filesystem).
  const tmp = mkdtempSync(path.join(parent, `${prefix}${process.pid}-`));
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(tmp, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    chmodSync(tmp, 0o755); // mkdtemp makes it owner-only; the published folder must be readable by servers
    // Carry over what no selected step owns (other steps' files, README.md); the manifest is rebuilt.
    for (const file of listFiles(options.outDir)) {
      if (file === "manifest.json" || selected.some((s) => isOwnedBy(s, file))) continue;
      mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
      cpSync(path.join(options.outDir, file), path.join(tmp, file));
    }

    // Steps that work off the main thread (territory) start first and detach once their workers
    // have their tasks; the others then run meanwhile. Files and report sections keep the steps' order.
    const runs = new Map<RegisteredStep, Promise<{ result: StepResult; seconds: number }>>();
    const order = [...selected.filter((s) => s.offThread), ...selected.filter((s) => !s.offThread)];
    for (const step of order) {
      options.log?.(`step ${selected.indexOf(step) + 1}/${selected.length}: ${step.name}`);
      const t0 = performance.now();
      let detach = () => {};
      const detached = new Promise<void>((resolve) => (detach = resolve));
      const run = step
        .run({ rawDir: options.rawDir, progress: options.progress, detach })
        .then((result) => ({ result, seconds: (performance.now() - t0) / 1000 }));
      runs.set(step, run);
      // A failure surfaces below, in step order; until then it must not count as unhandled.
      run.catch(() => {});
      await Promise.race([run, detached]);
    }

    const sections: BuildResult["sections"] = [];
    const written = new Set<string>();
    const gzipSizes = new Map<string, number>();
    for (const step of selected) {
      const { result, seconds } = await runs.get(step)!;
      for (const file of result.files) {
        if (!isOwnedBy(step, file.path))
          throw new RawDataError(
            `public/data/${file.path}`,
            `step "${step.name}" wrote a file it does not own`,
          );
        if (written.has(file.path)) throw new RawDataError(`public/data/${file.path}`, "written twice");
        written.add(file.path);
        const target = path.join(tmp, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        if (file.gzipBytes !== undefined) gzipSizes.set(file.path, file.gzipBytes);
      }
      sections.push({ ...result.report, seconds });
    }

    // Sizes for the report, compressed on libuv's threads while the main thread checks the folder.
    const gzipped = sizesOf(tmp, listFiles(tmp), gzipSizes);
    gzipped.catch(() => {});
    const checked = validateFolder(tmp, listFiles(tmp), buildDay);
    gateOutputs(new Map([...checked].filter(([file]) => written.has(file))), {
      ledger: options.methodChanges ?? readMethodChanges(),
      publishedDir: options.outDir,
      allowShrink: options.allowShrink,
    });
    const manifest = deriveManifest(tmp, listFiles(tmp), fetchProvenance(options.rawDir));
    writeFileSync(path.join(tmp, "manifest.json"), serializeJson(manifest));
    written.add("manifest.json");
    validateFolder(tmp, ["manifest.json"], buildDay);

    const manifestBytes = readFileSync(path.join(tmp, "manifest.json"));
    const sizes = [
      ...(await gzipped),
      {
        path: "manifest.json",
        bytes: manifestBytes.length,
        gzipBytes: gzipSync(manifestBytes, { level: 9 }).length,
      },
    ]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((size) => ({ ...size, written: written.has(size.path) }));
    const differences = options.check ? compareFolders(tmp, options.outDir) : [];
    if (options.check) rmSync(tmp, { recursive: true, force: true });
    else swapIn(tmp, options.outDir);
    return { sections, sizes, differences, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
