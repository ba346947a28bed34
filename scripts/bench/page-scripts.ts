// Code that runs inside the benchmarked page. Kept as plain JavaScript source strings: functions
// compiled by tsx carry helper calls that do not exist in the page.

/**
 * Installed before any page script: records LCP, long tasks and the timestamp of the latest input
 * event of each type (capture phase, so before the app's handlers). With `fallback` (a revision
 * without src/lib/perf.ts) it also marks "settled:mut" a frame after any change inside an SVG.
 */
export const INIT_SCRIPT = String.raw`
(({ fallback }) => {
  const b = (window.__bench = { lcp: null, lcpElement: null, longtasks: [], last: {}, events: [], shifts: [], since: 0 });
  // The element LCP picked, as a selector-like name ("svg.losses-surface", "h3#…") and its size.
  const describe = (el) => {
    if (!el) return null;
    const cls = typeof el.className === "string" ? el.className : el.getAttribute("class") || "";
    const first = cls.trim().split(/\s+/)[0];
    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (first ? "." + first : "");
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.lcp = e.startTime;
      b.lcpElement = describe(e.element) + " (" + Math.round(e.size) + " px²" + (e.url ? ", " + e.url : "") + ")";
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  // Event Timing, as INP reads it: every event handled in 16 ms or more (the API's least
  // threshold), from the input to the next paint; takeRecords() flushes what is not yet delivered.
  b.eventObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.events.push([e.name, e.startTime, e.duration, e.interactionId]);
  });
  b.eventObserver.observe({ type: "event", durationThreshold: 16, buffered: true });
  // Every layout shift, with whether it followed an input (CLS leaves those out).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.shifts.push([e.startTime, e.value, e.hadRecentInput]);
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  for (const type of ["click", "pointermove", "pointerup", "input", "keydown"]) {
    addEventListener(type, (e) => { b.last[type] = e.timeStamp; }, { capture: true, passive: true });
  }
  // A key press's main-thread time, without the wait for the next frame (see KEY_STEP_SCRIPT): its
  // keydown task from the first listener to the last (window, bubbling: after React's root listener
  // and the commit it flushes; the range input's input/change events run in the same task), its
  // keyup task likewise if it runs before the frame, and the start of the first frame after it.
  b.key = null;
  const now = () => performance.now();
  addEventListener("keydown", () => {
    const k = (b.key = { start: now(), end: null, upStart: null, upEnd: null, frame: null });
    requestAnimationFrame(() => { k.frame = now(); });
  }, { capture: true, passive: true });
  const endDown = () => { if (b.key && b.key.frame == null) b.key.end = now(); };
  for (const type of ["keydown", "input", "change"]) addEventListener(type, endDown, { passive: true });
  addEventListener("keyup", () => { if (b.key && b.key.frame == null) b.key.upStart = now(); }, { capture: true, passive: true });
  addEventListener("keyup", () => { if (b.key && b.key.upStart != null && b.key.upEnd == null) b.key.upEnd = now(); }, { passive: true });
  // A pointer move's main-thread time likewise (see MOVE_STEP_SCRIPT): its pointermove task from
  // the first listener to the last, and the start of the frame that paints it.
  b.move = null;
  addEventListener("pointermove", () => {
    const m = (b.move = { start: now(), end: null, frame: null });
    requestAnimationFrame(() => { m.frame = now(); });
  }, { capture: true, passive: true });
  addEventListener("pointermove", () => { if (b.move && b.move.frame == null) b.move.end = now(); }, { passive: true });
  if (fallback) {
    let pending = false;
    const afterFrame = () => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { pending = false; performance.mark("settled:mut"); };
      ch.port2.postMessage(null);
    });
    new MutationObserver((records) => {
      if (pending || !document.querySelector("svg.recharts-surface path.recharts-curve")) return;
      if (records.some((r) => r.target instanceof Element ? r.target.closest("svg") : r.target.parentElement?.closest("svg"))) {
        pending = true;
        afterFrame();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }
})`;

/**
 * Resolves once every chart on screen (or those named in \`only\`) has a "settled:" mark after the
 * latest input of \`kind\` (or after \`since\`), and two further frames passed without a new mark.
 * Charts that did not redraw at all (nothing of theirs changed) are not waited for.
 * Returns { start, end } (ms since navigation) or { error } naming the charts that never settled.
 */
export const SETTLE_SCRIPT = String.raw`
(async ({ kind, since, only, maxFrames }) => {
  const b = window.__bench;
  const start = kind ? b.last[kind] : since;
  if (start == null) return { error: "no " + kind + " event reached the page" };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  }));
  const names = () => only ?? (window.__perfSettled ? window.__perfSettled.mounted() : ["mut"]);
  const marks = () => performance.getEntriesByType("mark")
    .filter((m) => m.name.startsWith("settled:") && m.startTime >= start && names().includes(m.name.slice(8)));
  if (names().length === 0) return { error: "no chart on the page reports settled marks" };
  let frames = 0;
  let count = marks().length;
  let sinceNew = 0;
  for (;;) {
    const seen = new Set(marks().map((m) => m.name.slice(8)));
    const missing = names().filter((n) => !seen.has(n));
    if (missing.length === 0) break;
    // A chart whose data did not change does not redraw (memoised): once others have settled and
    // ten frames pass without a new mark, it is taken as settled.
    if (count > 0 && sinceNew >= 10) break;
    if (++frames > maxFrames) return { error: "never settled: " + missing.join(", ") };
    await frame();
    const c = marks().length;
    if (c === count) sinceNew++;
    else { count = c; sinceNew = 0; }
  }
  count = marks().length;
  for (let quiet = 0; quiet < 2; ) {
    await frame();
    const c = marks().length;
    if (c === count) quiet++;
    else { count = c; quiet = 0; }
    if (++frames > maxFrames) break;
  }
  const end = Math.max(...marks().map((m) => m.startTime));
  performance.measure("bench:" + (kind ?? "load"), { start, end });
  return { start, end };
})`;

/**
 * Resolves once no chart has drawn for ten frames and no panel out of sight is still catching up
 * with a change (at most maxFrames): a wait between measured actions, for work an earlier action
 * started (a lazy panel scrolled near loading and drawing, panels off screen redrawing when idle).
 */
export const QUIET_SCRIPT = String.raw`
(async ({ maxFrames }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const count = () => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("settled:")).length;
  const behind = () => (window.__perfSettled && window.__perfSettled.behind ? window.__perfSettled.behind() : 0);
  let last = count();
  for (let frames = 0, still = 0; (still < 10 || behind() > 0) && frames < maxFrames; frames++) {
    await frame();
    const c = count();
    still = c === last ? still + 1 : 0;
    last = c;
  }
})`;

/** Everything measured once the page has loaded and settled (`loadEnd`). */
export const LOAD_METRICS_SCRIPT = String.raw`
(({ loadEnd }) => {
  const b = window.__bench;
  const settled = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("settled:"));
  const charts = settled.filter((m) => !m.name.endsWith("-kpi"));
  const firstChart = charts.length ? Math.min(...charts.map((m) => m.startTime)) : null;
  const kpi = settled.filter((m) => m.name.endsWith("-kpi"));
  const firstKpi = kpi.length ? Math.min(...kpi.map((m) => m.startTime)) : null;
  const kindOf = (url) => {
    const path = new URL(url).pathname;
    if (path.endsWith(".js")) return "js";
    if (path.endsWith(".css")) return "css";
    if (path.includes("/data/")) return "data";
    return "other";
  };
  const bytes = { before: { js: 0, css: 0, data: 0, other: 0 }, total: { js: 0, css: 0, data: 0, other: 0 } };
  const resources = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  for (const e of resources) {
    const kind = kindOf(e.name);
    bytes.total[kind] += e.transferSize;
    if (firstChart != null && e.responseEnd <= firstChart) bytes.before[kind] += e.transferSize;
  }
  const during = b.longtasks.filter(([t]) => t < loadEnd);
  // A page that arrives with its chart drawn (index.html prebuilt, scripts/prerender) paints it
  // with its first contentful paint; otherwise the first chart is painted when it first settles.
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const prebuilt = document.querySelector("#root[data-prerendered] svg.losses-surface") != null;
  return {
    firstChart,
    firstPainted: prebuilt && fcp ? fcp.startTime : firstChart,
    firstKpi,
    lcp: b.lcp,
    lcpElement: b.lcpElement,
    // CLS as browsers count it (shifts right after an input left out), up to the settled load.
    clsLoad: b.shifts.filter(([t, , input]) => t < loadEnd && !input).reduce((sum, [, v]) => sum + v, 0),
    longTaskTotal: during.reduce((s, [, d]) => s + d, 0),
    longTaskMax: during.reduce((m, [, d]) => Math.max(m, d), 0),
    bytes,
    files: resources.map((e) => ({ url: new URL(e.name).pathname, bytes: e.transferSize, end: e.responseEnd })),
  };
})`;

/**
 * The interaction's latency as INP reads it: the longest Event Timing entry since the action
 * began (window.__bench.since, set by the benchmark before it acts). Entries under 16 ms are not
 * reported by the browser: an action with none took under 16 ms and counts as 16.
 */
export const INP_SCRIPT = String.raw`
(() => {
  const b = window.__bench;
  for (const e of b.eventObserver.takeRecords()) b.events.push([e.name, e.startTime, e.duration, e.interactionId]);
  const mine = b.events.filter(([, t]) => t >= b.since);
  return mine.reduce((m, [, , d]) => Math.max(m, d), 16);
})`;

/** Layout shift since the action began, every shift counted (also those right after the input). */
export const SHIFT_SINCE_SCRIPT = String.raw`
(() => {
  const b = window.__bench;
  return b.shifts.filter(([t]) => t >= b.since).reduce((sum, [, v]) => sum + v, 0);
})`;

/** The map's first render after its data arrived: first map mark minus the last map/territory response before it. */
export const MAP_FIRST_RENDER_SCRIPT = String.raw`
(() => {
  const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("settled:map"));
  if (!marks.length) return null;
  const first = Math.min(...marks.map((m) => m.startTime));
  const data = performance.getEntriesByType("resource")
    .filter((e) => /\/data\/(map\/|territory)/.test(e.name) && e.responseEnd <= first)
    .map((e) => e.responseEnd);
  return data.length ? first - Math.max(...data) : null;
})`;

/**
 * Main-thread time of the latest key press whose change settled at \`end\` (SETTLE_SCRIPT): its key
 * tasks plus the frame that painted it, from the frame's start to the first settled mark of
 * \`only\` after it. Leaves out the wait between the key's task and the next frame (up to one frame
 * interval, whatever the page does). Null if a part is missing.
 */
export const KEY_STEP_SCRIPT = String.raw`
(({ only }) => {
  const k = window.__bench.key;
  if (!k || k.end == null || k.frame == null) return null;
  const painted = performance.getEntriesByType("mark")
    .filter((m) => m.startTime >= k.frame && only.some((n) => m.name === "settled:" + n))
    .map((m) => m.startTime);
  if (!painted.length) return null;
  const up = k.upStart != null && k.upEnd != null ? k.upEnd - k.upStart : 0;
  return k.end - k.start + up + (Math.min(...painted) - k.frame);
})`;

/**
 * The last pointer move's main-thread time: its handlers' task, plus the frame that paints it from
 * that frame's start to the first of \`only\`'s settled marks after it. Null if it painted nothing.
 */
export const MOVE_STEP_SCRIPT = String.raw`
(({ only }) => {
  const m = window.__bench.move;
  if (!m || m.end == null || m.frame == null) return null;
  const painted = performance.getEntriesByType("mark")
    .filter((x) => x.startTime >= m.frame && only.some((n) => x.name === "settled:" + n))
    .map((x) => x.startTime);
  if (!painted.length) return null;
  return m.end - m.start + (Math.min(...painted) - m.frame);
})`;

/**
 * Arms the measure of the next key press in a text field: its keydown task from the first
 * listener to the last input listener (window, bubbling: after React's root listener and the
 * commit it flushes), and the frame after it from its start to a task queued at its end. Read
 * with SEARCH_KEY_READ_SCRIPT.
 */
export const SEARCH_KEY_ARM_SCRIPT = String.raw`
(() => {
  const now = () => performance.now();
  const k = (window.__bench.search = { start: null, end: null, frame: null, after: null });
  addEventListener("keydown", () => {
    k.start = now();
    requestAnimationFrame(() => {
      k.frame = now();
      setTimeout(() => { k.after = now(); }, 0);
    });
  }, { capture: true, passive: true, once: true });
  const end = () => { if (k.frame == null) k.end = now(); };
  addEventListener("keydown", end, { passive: true, once: true });
  addEventListener("input", end, { passive: true, once: true });
})`;

/** The armed key's main-thread time (SEARCH_KEY_ARM_SCRIPT), or null until its frame is done. */
export const SEARCH_KEY_READ_SCRIPT = String.raw`
(() => {
  const k = window.__bench.search;
  if (!k || k.start == null || k.end == null || k.frame == null || k.after == null) return null;
  return k.end - k.start + (k.after - k.frame);
})`;

/** Calls an in-page script source with one JSON argument. */
export function call(source: string, arg: unknown = {}): string {
  return `(${source})(${JSON.stringify(arg)})`;
}
