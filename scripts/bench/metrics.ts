// The benchmark's metrics and budgets (issue 11), in the order the tables show them.
import type { MetricDef } from "./stats";

export const LOAD_METRICS: MetricDef[] = [
  {
    key: "jsBeforeChart",
    label: "JS before first chart",
    unit: "kB gzip",
    budget: { stat: "median", max: 200, text: "≤ 200 kB" },
  },
  { key: "cssBeforeChart", label: "CSS before first chart", unit: "kB gzip" },
  {
    key: "dataBeforeChart",
    label: "Data before first chart",
    unit: "kB gzip",
    budget: { stat: "median", max: 60, text: "≤ 60 kB" },
  },
  { key: "jsTotal", label: "JS total", unit: "kB gzip" },
  { key: "cssTotal", label: "CSS total", unit: "kB gzip" },
  { key: "dataTotal", label: "Data total", unit: "kB gzip" },
  {
    key: "firstChart",
    // With the page prebuilt: once the app has hydrated it (its first settled mark).
    label: "Time to first chart",
    unit: "ms",
    budget: { stat: "median", max: 1.1, against: "floor", text: "≤ 1.1 × floor" },
  },
  {
    // The prebuilt chart at first paint, or the first chart drawn by the script (the floor).
    key: "firstPainted",
    label: "First chart painted",
    unit: "ms",
    budget: { stat: "median", max: 0.6, against: "floor", text: "≤ 0.6 × floor" },
  },
  { key: "kpi", label: "Time to KPI strip", unit: "ms" },
  {
    key: "lcp",
    label: "LCP",
    unit: "ms",
    budget: { stat: "median", max: 1, against: "floor", text: "≤ floor" },
  },
  {
    // Layout shifts up to the settled load, as CLS counts them (none right after an input).
    key: "clsLoad",
    label: "CLS during load",
    unit: "score",
    budget: { stat: "max", max: 0, text: "0" },
  },
  { key: "longTaskTotal", label: "Long-task time during load", unit: "ms" },
  { key: "longTaskMax", label: "Longest task during load", unit: "ms" },
  { key: "heap", label: "JS heap after load (after GC)", unit: "MB" },
];

export const INTERACTION_METRICS: MetricDef[] = [
  {
    key: "presetDefault",
    label: "Preset click → settled (default view)",
    unit: "ms",
    budget: { stat: "median", max: 50, text: "≤ 50 ms" },
  },
  {
    // Every shift from the click to settled, also those CLS leaves out as following an input.
    key: "clsRange",
    label: "Layout shift during a preset change (default view)",
    unit: "score",
    budget: { stat: "max", max: 0, text: "0" },
  },
  // Interaction to next paint, from Event Timing (the longest entry of 16 ms or more from the
  // input to the paint after it; an action with none counts as 16 ms).
  {
    key: "inpPreset",
    label: "INP, preset click (default view)",
    unit: "ms",
    budget: { stat: "p95", max: 50, text: "p95 ≤ 50 ms" },
  },
  {
    key: "inpBrush",
    label: "INP, brush release (default view)",
    unit: "ms",
    budget: { stat: "p95", max: 50, text: "p95 ≤ 50 ms" },
  },
  {
    key: "inpTyped",
    label: "INP, typed date (default view)",
    unit: "ms",
    budget: { stat: "p95", max: 50, text: "p95 ≤ 50 ms" },
  },
  {
    key: "brushDefault",
    label: "Brush release → settled (default view)",
    unit: "ms",
    budget: { stat: "median", max: 50, text: "≤ 50 ms" },
  },
  {
    // As a map slider step: the move's own work and the frame that paints it fit in a 60 Hz frame.
    key: "brushMove",
    label: "Brush drag, per move: main-thread time (p95)",
    unit: "ms",
    budget: { stat: "p95", max: 16.7, text: "p95 ≤ 16.7 ms (60 fps)" },
  },
  {
    // Pointer move → painted: adds the wait for the next frame (0–16.7 ms at 60 Hz), so no budget.
    key: "brushMoveLatency",
    label: "Brush drag, per move → brush painted",
    unit: "ms",
  },
  {
    key: "typedDefault",
    label: "Typed date → settled (default view)",
    unit: "ms",
    budget: { stat: "median", max: 50, text: "≤ 50 ms" },
  },
  {
    key: "presetAll",
    label: "Preset click → settled (15 categories, full range)",
    unit: "ms",
    budget: { stat: "median", max: 100, text: "≤ 100 ms" },
  },
  {
    key: "brushAll",
    label: "Brush release → settled (15 categories)",
    unit: "ms",
    budget: { stat: "median", max: 100, text: "≤ 100 ms" },
  },
  {
    key: "typedAll",
    label: "Typed date → settled (15 categories)",
    unit: "ms",
    budget: { stat: "median", max: 100, text: "≤ 100 ms" },
  },
  {
    key: "longTaskAfterLoad",
    // Every task (from a trace), not only the Long Tasks API's of 50 ms or more.
    label: "Longest task after load (changes, and panels catching up)",
    unit: "ms",
    budget: { stat: "max", max: 100, text: "none > 100 ms" },
  },
];

export const MAP_PRESETS = ["bakhmut", "zaporizhzhia", "donetsk"] as const;

export const MAP_METRICS: MetricDef[] = [
  { key: "mapFirstRender", label: "Map first render after its data", unit: "ms" },
  {
    key: "inpMap",
    label: "INP, map slider step (every preset)",
    unit: "ms",
    budget: { stat: "p95", max: 50, text: "p95 ≤ 50 ms" },
  },
  ...MAP_PRESETS.flatMap((p): MetricDef[] => [
    {
      key: `mapStep:${p}`,
      label: `Map slider step, ${p}: main-thread time (p95)`,
      unit: "ms",
      budget: { stat: "p95", max: 16, text: "p95 ≤ 16 ms" },
    },
    {
      // Key press → painted: adds the wait for the next frame (0–16.7 ms at 60 Hz), so no budget.
      key: `mapStepLatency:${p}`,
      label: `Map slider step, ${p}: key → painted`,
      unit: "ms",
    },
  ]),
  {
    // Issue 24: the search answers within one frame per key. The key's task (React renders the
    // matches in it) plus the rendering of the frame after it; the wait for that frame is left out.
    key: "placeSearchKey",
    label: "Place search, per key: main-thread time (p95)",
    unit: "ms",
    budget: { stat: "p95", max: 16.7, text: "p95 ≤ 16.7 ms (one frame)" },
  },
];

export const PIPELINE_METRICS: MetricDef[] = [
  {
    key: "pipelineWall",
    label: "npm run data, wall",
    unit: "s",
    budget: { stat: "median", max: 90, text: "≤ 90 s" },
  },
  {
    key: "pipelinePeak",
    label: "npm run data, peak RSS",
    unit: "GB",
    budget: { stat: "median", max: 1.5, text: "≤ 1.5 GB" },
  },
  {
    key: "installWall",
    label: "npm install, clean clone",
    unit: "s",
    budget: { stat: "median", max: 60, text: "≤ 60 s" },
  },
];

export const ALL_METRICS = [...LOAD_METRICS, ...INTERACTION_METRICS, ...MAP_METRICS, ...PIPELINE_METRICS];
