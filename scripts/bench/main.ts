// `npm run bench [-- --runs N] [--compare REF] [--pipeline] [--install] [--trace] [--readme]`
// Builds the app and a floor page (scripts/bench/floor) with the project's Vite config, serves
// each with gzip, drives Chromium through the same script N times (fresh context, cold cache),
// prints min/median/max per metric with ratios and budgets, and writes bench/results.json.
// Figures come from performance marks the charts set after a painted commit (src/lib/perf.ts),
// never from timeouts. See README "Performance".
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { build } from "vite";
import { INTERACTION_METRICS, LOAD_METRICS, MAP_METRICS, MAP_PRESETS, PIPELINE_METRICS } from "./metrics";
import {
  INIT_SCRIPT,
  KEY_STEP_SCRIPT,
  MOVE_STEP_SCRIPT,
  LOAD_METRICS_SCRIPT,
  INP_SCRIPT,
  SHIFT_SINCE_SCRIPT,
  MAP_FIRST_RENDER_SCRIPT,
  QUIET_SCRIPT,
  SETTLE_SCRIPT,
  SEARCH_KEY_ARM_SCRIPT,
  SEARCH_KEY_READ_SCRIPT,
  call,
} from "./page-scripts";
import { serveStatic } from "./server";
import { longestMainThreadTask } from "./trace-tasks";
// @ts-expect-error: plain ES module without type declarations
import { CHROMIUM_ARGS } from "../find-chromium.mjs";
import { fmt, markdownTable, ratioTable, summarize, type MetricDef, type Summary } from "./stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FLOOR_DIR = path.join(ROOT, "scripts/bench/floor");
const RESULTS = path.join(ROOT, "bench/results.json");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const VIEWPORT = { width: 1280, height: 900 };
const ALL_CATEGORIES =
  "personnel,tank,apc,artillery,mlrs,airDefense,aircraft,helicopter,drone,cruiseMissile,ship,submarine,vehicle,specialEquipment,groundRobot";
/** Frames a settle may wait for a chart before it is reported as never settling (not a measurement). */
const MAX_FRAMES = 300;

interface Options {
  runs: number;
  compare: string | null;
  pipeline: boolean;
  install: boolean;
  trace: boolean;
  readme: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, compare: null, pipeline: false, install: false, trace: false, readme: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") o.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (a === "--compare") o.compare = argv[++i] ?? null;
    else if (a === "--pipeline") o.pipeline = true;
    else if (a === "--install") o.install = true;
    else if (a === "--trace") o.trace = true;
    else if (a === "--readme") o.readme = true;
    else
      throw new Error(
        `unknown option ${a} (use --runs N, --compare REF, --pipeline, --install, --trace, --readme)`,
      );
  }
  return o;
}

type Samples = Record<string, number[]>;
const push = (s: Samples, key: string, v: number | null | undefined) => {
  if (v != null && Number.isFinite(v)) (s[key] ??= []).push(v);
};
const log = (msg: string) => console.log(`[bench] ${msg}`);

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${out.slice(-4000)}`)),
    );
  });
}

/** The app at `dir` (a checkout), built with its own vite.config.ts into outDir. */
async function buildApp(dir: string, outDir: string): Promise<void> {
  await run(
    path.join(dir, "node_modules/.bin/vite"),
    ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    dir,
    {
      ...process.env,
      BASE_PATH: "/",
    },
  );
}

/** The floor page, built with the project's vite.config.ts and public/ (for data/losses.json). */
async function buildFloor(outDir: string): Promise<void> {
  process.env.NO_SERVICE_WORKER = "1"; // read by vite.config.ts
  await build({
    configFile: path.join(ROOT, "vite.config.ts"),
    root: FLOOR_DIR,
    publicDir: path.join(ROOT, "public"),
    base: "/",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  delete process.env.NO_SERVICE_WORKER;
}

interface Target {
  name: string;
  url: string;
  /** The revision has no src/lib/perf.ts: settle on SVG mutations instead of marks. */
  fallback: boolean;
  floor: boolean;
}

async function settle(
  page: Page,
  arg: { kind?: string; since?: number; only?: string[] },
): Promise<{ start: number; end: number } | null> {
  const r = (await page.evaluate(call(SETTLE_SCRIPT, { ...arg, maxFrames: MAX_FRAMES }))) as
    { start: number; end: number } | { error: string };
  if ("error" in r) {
    log(`  ! ${r.error}`);
    return null;
  }
  return r;
}

/**
 * Runs `act` (one user action) and returns ms from its input event to every chart on screen
 * settled. A range change (`atRest`) starts from a page at rest: the catch-up an earlier change
 * left to idle time (panels out of sight) is waited for first, unmeasured. Steps of a drag or of
 * the map's slider follow one another as a reader's do.
 */
async function measure(
  page: Page,
  kind: string,
  act: () => Promise<void>,
  only?: string[],
  atRest = only == null,
): Promise<number | null> {
  if (atRest) await page.evaluate(call(QUIET_SCRIPT, { maxFrames: MAX_FRAMES }));
  await page.evaluate("window.__bench.last = {}; window.__bench.since = performance.now()");
  await act();
  const r = await settle(page, { kind, only });
  return r ? r.end - r.start : null;
}

/** Waits (not a measurement) for a first chart, the network to go quiet, then every chart to settle. */
async function pageLoaded(page: Page) {
  await page.waitForFunction(
    `performance.getEntriesByType("mark").some((m) => m.name.startsWith("settled:") && !m.name.endsWith("-kpi"))`,
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForLoadState("networkidle");
  return settle(page, { since: 0 });
}

/** What the browser itself says of the action just measured: its INP reading, and layout shift. */
async function interactionReadings(page: Page, samples: Samples, inpKey: string, shiftKey?: string) {
  push(samples, inpKey, (await page.evaluate(call(INP_SCRIPT))) as number);
  if (shiftKey) push(samples, shiftKey, (await page.evaluate(call(SHIFT_SINCE_SCRIPT))) as number);
}

/** The elements LCP picked, per target, across runs (reported beside the table). */
const lcpElements: Record<string, string[]> = {};

/** "LCP element: ours svg.losses-surface (…) ×5; floor …", each distinct element with its count. */
function lcpSummary(): string {
  const parts = Object.entries(lcpElements).map(([name, els]) => {
    const counts = new Map<string, number>();
    for (const el of els) counts.set(el, (counts.get(el) ?? 0) + 1);
    return `${name} ${[...counts].map(([el, n]) => `\`${el}\` ×${n}`).join(", ")}`;
  });
  return `LCP element: ${parts.join("; ") || "none reported"}.`;
}

const presetButton = (page: Page, label: string) =>
  page.getByRole("group", { name: "Range presets" }).getByRole("button", { name: label, exact: true });

async function loadRun(
  browser: Browser,
  target: Target,
  samples: Samples,
  tracePath: string | null,
): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(call(INIT_SCRIPT, { fallback: target.fallback }));
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    if (tracePath) await browser.startTracing(page, { path: tracePath, screenshots: false });
    await page.goto(target.url, { waitUntil: "load" });
    const loaded = await pageLoaded(page);
    const loadEnd = loaded?.end ?? 0;
    const m = (await page.evaluate(call(LOAD_METRICS_SCRIPT, { loadEnd }))) as {
      firstChart: number | null;
      firstPainted: number | null;
      firstKpi: number | null;
      lcp: number | null;
      lcpElement: string | null;
      clsLoad: number;
      longTaskTotal: number;
      longTaskMax: number;
      bytes: Record<"before" | "total", Record<"js" | "css" | "data" | "other", number>>;
    };
    await cdp.send("HeapProfiler.collectGarbage");
    const perf = await cdp.send("Performance.getMetrics");
    const heap = perf.metrics.find((x) => x.name === "JSHeapUsedSize")?.value;
    const kB = (b: number) => b / 1000;
    push(samples, "jsBeforeChart", m.firstChart == null ? null : kB(m.bytes.before.js));
    push(samples, "cssBeforeChart", m.firstChart == null ? null : kB(m.bytes.before.css));
    push(samples, "dataBeforeChart", m.firstChart == null ? null : kB(m.bytes.before.data));
    push(samples, "jsTotal", kB(m.bytes.total.js));
    push(samples, "cssTotal", kB(m.bytes.total.css));
    push(samples, "dataTotal", kB(m.bytes.total.data));
    push(samples, "firstChart", m.firstChart);
    push(samples, "firstPainted", m.firstPainted);
    push(samples, "kpi", m.firstKpi);
    push(samples, "lcp", m.lcp);
    if (m.lcpElement) (lcpElements[target.name] ??= []).push(m.lcpElement);
    push(samples, "clsLoad", m.clsLoad);
    push(samples, "longTaskTotal", m.longTaskTotal);
    push(samples, "longTaskMax", m.longTaskMax);
    push(samples, "heap", heap == null ? null : heap / 1e6);

    // Range changes on the default view: presets (ending on the default, 1 year), brush, typed date.
    for (const label of ["All", "90 days", "2023 counteroffensive", "1 year"]) {
      push(samples, "presetDefault", await measure(page, "click", () => presetButton(page, label).click()));
      await interactionReadings(page, samples, "inpPreset", "clsRange");
    }
    if (!target.floor) await brushAndTyped(page, samples, "Default");

    // The --trace file ends here; the after-load window below is traced on its own.
    if (tracePath) await browser.stopTracing();

    // All 15 categories: into the full range and out of it.
    await page.goto(`${target.url}?cats=${ALL_CATEGORIES}`, { waitUntil: "load" });
    await pageLoaded(page);
    // Every task from here on, however short (the Long Tasks API sees only those of 50 ms or more,
    // so this read 0 ms once none reached that): a trace of the page's main thread.
    await browser.startTracing(page, { categories: ["disabled-by-default-devtools.timeline"] });
    for (const label of ["All", "1 year", "All", "90 days", "All"]) {
      push(samples, "presetAll", await measure(page, "click", () => presetButton(page, label).click()));
    }
    if (!target.floor) await brushAndTyped(page, samples, "All");
    // Panels out of sight catch up with the last change in idle time: their tasks count too.
    await page.evaluate(call(QUIET_SCRIPT, { maxFrames: MAX_FRAMES }));
    const trace = JSON.parse((await browser.stopTracing()).toString()) as Parameters<
      typeof longestMainThreadTask
    >[0];
    push(samples, "longTaskAfterLoad", longestMainThreadTask(trace));

    if (!target.floor) await mapRun(page, target, samples);
    if (!target.floor) await placeSearchRun(page, target, samples);
  } finally {
    await context.close();
  }
}

/**
 * A brush drag (each move, then the release) and two typed start dates, on the page as it is;
 * samples go to brushMove (main-thread time), brushMoveLatency, brush<suffix> and typed<suffix>. On the full range ("All") nothing can
 * move outwards: the end handle is dragged in and the start typed later; otherwise the start handle
 * is dragged and typed earlier.
 */
async function brushAndTyped(page: Page, samples: Samples, suffix: "Default" | "All"): Promise<void> {
  const inwards = suffix === "All";
  // `.losses-brush`: the brush's class before it moved to components/ (for --compare with an older revision).
  const handles = page.locator(".range-brush [role=slider], .losses-brush [role=slider]");
  const traveller = inwards ? handles.last() : handles.first();
  await traveller.scrollIntoViewIfNeeded();
  const box = await traveller.boundingBox();
  if (box) {
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      const dx = -12 * i; // the start handle outwards, or the end handle inwards
      const ms = await measure(page, "pointermove", () => page.mouse.move(x + dx, y), ["losses-brush"]);
      if (suffix === "Default") {
        push(samples, "brushMoveLatency", ms);
        push(
          samples,
          "brushMove",
          (await page.evaluate(call(MOVE_STEP_SCRIPT, { only: ["losses-brush"] }))) as number | null,
        );
      }
    }
    push(samples, `brush${suffix}`, await measure(page, "pointerup", () => page.mouse.up()));
    if (suffix === "Default") await interactionReadings(page, samples, "inpBrush");
  }
  // Scrolling to the brush brought the comparison panels near the screen, and they load and draw:
  // wait for that (not measured). Once mounted, the typed dates' settle counts those of their charts
  // that are on screen; those out of sight catch up in idle time.
  await page.waitForLoadState("networkidle");
  const fromInput = page.getByLabel("From", { exact: true });
  const from = await fromInput.inputValue();
  for (const days of inwards ? [30, 61] : [-30, -61]) {
    const day = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
    push(samples, `typed${suffix}`, await measure(page, "input", () => fromInput.fill(day)));
    if (suffix === "Default") await interactionReadings(page, samples, "inpTyped");
  }
}

/** The map, if this build has one (?map=<preset>): first render, then 60 slider steps per preset. */
async function mapRun(page: Page, target: Target, samples: Samples): Promise<void> {
  for (const preset of MAP_PRESETS) {
    // #map: a reader following a link to the map lands on it (the section mounts when near the viewport).
    await page.goto(`${target.url}?map=${preset}#map`, { waitUntil: "load" });
    await pageLoaded(page);
    // The map mounts once its code and four data files are in, which may be after the page's
    // other charts settled and the network went quiet: wait for its first drawing (not a measurement).
    if ((await page.locator("#map").count()) === 0) return; // no map in this build: n/a
    await page
      .waitForFunction(
        `performance.getEntriesByType("mark").some((m) => m.name === "settled:map")`,
        undefined,
        { timeout: 60_000 },
      )
      .catch(() => log(`  ! the map at ${preset} never drew`));
    await settle(page, { since: 0 });
    const mapCharts = (
      (await page.evaluate("window.__perfSettled ? window.__perfSettled.mounted() : []")) as string[]
    ).filter((n) => n === "map");
    const slider = page.locator('#map input[type="range"], #map [role="slider"]').first();
    if (mapCharts.length === 0 || (await slider.count()) === 0) return; // no map in this build: n/a
    push(samples, "mapFirstRender", (await page.evaluate(call(MAP_FIRST_RENDER_SCRIPT))) as number | null);
    const value = Number((await slider.getAttribute("aria-valuenow")) ?? (await slider.inputValue()));
    const max = Number((await slider.getAttribute("aria-valuemax")) ?? (await slider.getAttribute("max")));
    const key = Number.isFinite(max) && value > max - 61 ? "ArrowLeft" : "ArrowRight";
    await slider.focus();
    for (let i = 0; i < 60; i++) {
      push(
        samples,
        `mapStepLatency:${preset}`,
        await measure(page, "keydown", () => page.keyboard.press(key), mapCharts),
      );
      push(
        samples,
        `mapStep:${preset}`,
        (await page.evaluate(call(KEY_STEP_SCRIPT, { only: mapCharts }))) as number | null,
      );
      await interactionReadings(page, samples, "inpMap");
    }
  }
}

/** A name typed into the place search key by key, then erased (issue 24: one frame per key). */
const SEARCHED = "Avdiivka";

/** The place search, if this build has one: each key's main-thread time, typing and erasing. */
async function placeSearchRun(page: Page, target: Target, samples: Samples): Promise<void> {
  await page.goto(`${target.url}#map`, { waitUntil: "load" });
  await pageLoaded(page);
  const field = page.getByRole("combobox", { name: "Find a place near the front" });
  try {
    // The place panel mounts when it comes near the viewport, under the map, which may still grow
    // and push it away: scroll to it until the field is there.
    for (let tries = 0; tries < 20 && !(await field.isVisible()); tries++) {
      await page.locator(".lazy-section--place").scrollIntoViewIfNeeded({ timeout: 30_000 });
      await page.waitForTimeout(500);
    }
    await field.waitFor({ timeout: 5_000 });
  } catch {
    return; // no place search in this build: n/a
  }
  // The first focus loads the place list; wait for it (not a measurement): a letter lists matches.
  await field.focus();
  await field.fill(SEARCHED.slice(0, 2));
  await page.getByRole("listbox").waitFor({ timeout: 30_000 });
  await field.fill("");
  await page.evaluate(call(QUIET_SCRIPT, { maxFrames: MAX_FRAMES }));
  const keys = [...SEARCHED, ...Array.from(SEARCHED, () => "Backspace")];
  for (const key of keys) {
    await page.evaluate(call(SEARCH_KEY_ARM_SCRIPT));
    await page.keyboard.press(key);
    const handle = await page.waitForFunction(call(SEARCH_KEY_READ_SCRIPT), undefined, { timeout: 10_000 });
    push(samples, "placeSearchKey", (await handle.jsonValue()) as number);
  }
}

/** `npm run data` into a temporary folder (the checkout's public/data is left alone), under /usr/bin/time -v. */
async function pipelineRun(samples: Samples): Promise<void> {
  const out = await mkdtemp(path.join(os.tmpdir(), "bench-data-"));
  try {
    log("pipeline: npm run data (takes minutes)…");
    const text = await run("/usr/bin/time", ["-v", "npm", "run", "data", "--", "--out", out], ROOT);
    const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    if (wall)
      push(samples, "pipelineWall", Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]));
    if (rss) push(samples, "pipelinePeak", Number(rss[1]) / 1e6);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** `npm install` in a fresh clone of HEAD (npm's cache in ~/.npm is kept, as on a developer's machine). */
async function installRun(samples: Samples): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-install-"));
  try {
    log("install: git clone + npm install…");
    await run("git", ["clone", "--quiet", "--no-hardlinks", ROOT, dir], ROOT);
    const t0 = performance.now();
    await run("npm", ["install", "--no-audit", "--no-fund"], dir);
    push(samples, "installWall", (performance.now() - t0) / 1000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A temporary worktree of REF sharing this checkout's node_modules. */
async function checkoutRef(ref: string, tmp: string): Promise<string> {
  const dir = path.join(tmp, "ref");
  execFileSync("git", ["worktree", "add", "--detach", "--force", dir, ref], { cwd: ROOT, stdio: "ignore" });
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

function summaries(samples: Samples, defs: readonly MetricDef[]): Record<string, Summary | null> {
  return Object.fromEntries(defs.map((d) => [d.key, summarize(samples[d.key] ?? [])]));
}

function printTable(
  title: string,
  defs: readonly MetricDef[],
  ours: Samples,
  base: Samples,
  baseName: string,
) {
  const rows = ratioTable(defs, summaries(ours, defs), summaries(base, defs));
  console.log(`\n${title}`);
  const pad = (s: string, n: number) => s.padEnd(n);
  for (const r of rows) {
    const o = r.ours ? `${fmt(r.ours.min)} / ${fmt(r.ours.median)} / ${fmt(r.ours.max)}` : "n/a";
    const p95 = r.ours && r.ours.n > 5 ? ` p95 ${fmt(r.ours.p95)}` : "";
    const verdict = r.pass == null ? "" : r.pass ? "ok" : "OVER";
    console.log(
      `  ${pad(r.label, 52)} ${pad(r.unit, 8)} ${pad(o + p95, 34)} ${pad(`${baseName} ${fmt(r.base?.median)}`, 16)} ${pad(`×${fmt(r.ratio)}`, 8)} ${pad(r.budget, 24)} ${verdict}`,
    );
  }
  return rows;
}

async function machine(browser: Browser | null) {
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(os.totalmem() / 1e9),
    chromium: browser?.version() ?? null,
    node: process.version,
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const tmp = await mkdtemp(path.join(os.tmpdir(), "bench-"));
  const targets: (Target & { dir: string; samples: Samples })[] = [];
  const servers: { close(): Promise<void> }[] = [];
  let refDir: string | null = null;
  let browser: Browser | null = null;
  try {
    log("building the app and the floor…");
    await buildApp(ROOT, path.join(tmp, "app"));
    await buildFloor(path.join(tmp, "floor"));
    if (options.compare) {
      refDir = await checkoutRef(options.compare, tmp);
      log(`building ${options.compare}…`);
      await buildApp(refDir, path.join(tmp, "ref-dist"));
    }
    const add = async (name: string, dir: string, floor: boolean, fallback: boolean) => {
      const server = await serveStatic(dir);
      servers.push(server);
      targets.push({ name, url: server.url, floor, fallback, dir, samples: {} });
    };
    await add("ours", path.join(tmp, "app"), false, false);
    await add("floor", path.join(tmp, "floor"), true, false);
    if (refDir) {
      await add(
        options.compare ?? "ref",
        path.join(tmp, "ref-dist"),
        false,
        !existsSync(path.join(refDir, "src/lib/perf.ts")),
      );
    }

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const loadBefore = os.loadavg()[0];
    // Interleaved, so a busy moment on the shared machine hits every target alike.
    for (let i = 0; i < options.runs; i++) {
      for (const t of targets) {
        log(`run ${i + 1}/${options.runs}: ${t.name}`);
        const trace =
          options.trace && i === 0 ? path.join(ROOT, `bench/trace-${t.floor ? "floor" : t.name}.json`) : null;
        if (trace) await mkdir(path.dirname(trace), { recursive: true });
        await loadRun(browser, t, t.samples, trace);
      }
    }
    const ours = targets[0]!;
    const floor = targets[1]!;
    if (options.pipeline) await pipelineRun(ours.samples);
    if (options.install) await installRun(ours.samples);

    const info = { ...(await machine(browser)), loadAverageBefore: loadBefore };
    console.log(
      `\nMachine: ${info.nproc} cores (${info.cpu}), ${info.memoryGB} GB, Chromium ${info.chromium}, Node ${info.node}, load average ${fmt(loadBefore)} → ${info.loadAverage.join(" ")}`,
    );
    console.log(
      `Medians of ${options.runs} runs; ours min / median / max, then the floor's median and ours ÷ floor.`,
    );
    const sections: [string, MetricDef[]][] = [
      ["Load", LOAD_METRICS],
      ["Range change", INTERACTION_METRICS],
      ["Map", MAP_METRICS],
      ["Pipeline and install", PIPELINE_METRICS],
    ];
    const tables = sections.map(([title, defs]) =>
      printTable(title, defs, ours.samples, floor.samples, "floor"),
    );
    const lcpLine = lcpSummary();
    console.log(`\n${lcpLine}`);
    const ref = targets[2];
    const compare = ref
      ? sections.map(([title, defs]) =>
          printTable(`${title}: ours vs ${ref.name}`, defs, ours.samples, ref.samples, "ref"),
        )
      : null;

    const results = {
      date: new Date().toISOString(),
      revision: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim(),
      runs: options.runs,
      machine: info,
      metrics: tables.flat(),
      compare: ref ? { ref: ref.name, metrics: compare?.flat() } : null,
      samples: Object.fromEntries(targets.map((t) => [t.name, t.samples])),
      lcpElements,
    };
    await mkdir(path.dirname(RESULTS), { recursive: true });
    await writeFile(RESULTS, JSON.stringify(results, null, 2) + "\n");
    log(`wrote ${path.relative(ROOT, RESULTS)}`);
    if (options.readme) await updateReadme(results.machine, options.runs, tables.flat(), lcpLine);
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    if (refDir)
      execFileSync("git", ["worktree", "remove", "--force", refDir], { cwd: ROOT, stdio: "ignore" });
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Formatted as `npm run lint` expects, so a refreshed table never fails the Prettier check. */
async function formatLikeLint(file: string, text: string): Promise<string> {
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

const README_START = "<!-- bench:start -->";
const README_END = "<!-- bench:end -->";

/** Replaces the table between the bench markers in README.md. */
async function updateReadme(
  info: Awaited<ReturnType<typeof machine>>,
  runs: number,
  rows: ReturnType<typeof ratioTable>,
  lcpLine: string,
): Promise<void> {
  const file = path.join(ROOT, "README.md");
  const text = await readFile(file, "utf8");
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error("README.md has no bench markers");
  const body = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${info.nproc} cores (${info.cpu}), ${info.memoryGB} GB, ` +
      `headless Chromium ${info.chromium}, ${runs} cold runs, load average ${info.loadAverage[0]} (a shared machine):`,
    "",
    markdownTable(
      rows.filter((r) => r.ours != null),
      "floor",
    ),
    "",
    lcpLine,
  ].join("\n");
  const next = text.slice(0, start + README_START.length) + "\n" + body + "\n" + text.slice(end);
  await writeFile(file, await formatLikeLint(file, next));
}

await main();
