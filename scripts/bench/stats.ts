// Pure parts of the benchmark: summaries of samples and ratio tables. Unit-tested; no I/O.

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
  p95: number;
}

/** Quantile q (0–1) with linear interpolation between closest ranks (as numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** min / median / max / p95 of the finite samples; null when there are none. */
export function summarize(samples: readonly (number | null | undefined)[]): Summary | null {
  const sorted = samples
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    min: sorted[0] as number,
    median: quantile(sorted, 0.5),
    max: sorted[sorted.length - 1] as number,
    p95: quantile(sorted, 0.95),
  };
}

/** ours ÷ base; null when either is missing or the base is 0 (a ratio would be meaningless). */
export function ratio(ours: number | null | undefined, base: number | null | undefined): number | null {
  if (ours == null || base == null || !Number.isFinite(ours) || !Number.isFinite(base) || base === 0)
    return null;
  return ours / base;
}

export type Stat = "median" | "p95" | "max";

export interface Budget {
  /** Which statistic the budget applies to. */
  stat: Stat;
  /** The limit: an absolute value in the metric's unit, or a ratio to the floor. */
  max: number;
  against?: "floor";
  text: string;
}

export interface MetricDef {
  key: string;
  label: string;
  unit: string;
  budget?: Budget;
}

export interface TableRow {
  key: string;
  label: string;
  unit: string;
  ours: Summary | null;
  base: Summary | null;
  /** Median ÷ median (or the budget's statistic when it is not the median). */
  ratio: number | null;
  budget: string;
  /** The statistic the budget and ratio use. */
  stat: Stat;
  /** true = within budget, false = over, null = no budget or no figure. */
  pass: boolean | null;
}

/** Joins two runs' summaries metric by metric and checks each budget. */
export function ratioTable(
  defs: readonly MetricDef[],
  ours: Readonly<Record<string, Summary | null>>,
  base: Readonly<Record<string, Summary | null>>,
): TableRow[] {
  return defs.map((d) => {
    const o = ours[d.key] ?? null;
    const b = base[d.key] ?? null;
    const stat = d.budget?.stat ?? "median";
    const r = ratio(o?.[stat], b?.[stat]);
    let pass: boolean | null = null;
    if (d.budget && o) {
      const value = d.budget.against === "floor" ? r : o[d.budget.stat];
      pass = value == null ? null : value <= d.budget.max;
    }
    return {
      key: d.key,
      label: d.label,
      unit: d.unit,
      ours: o,
      base: b,
      ratio: r,
      budget: d.budget?.text ?? "",
      stat,
      pass,
    };
  });
}

/** A number as the tables show it: 3 significant figures at most, "n/a" when missing. */
export function fmt(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return "n/a";
  const abs = Math.abs(v);
  if (abs >= 100) return v.toFixed(0);
  if (abs >= 10) return v.toFixed(1);
  // A small score (a layout shift of 0.0004) is not shown as "0.00" beside a budget of 0.
  if (abs > 0 && abs < 0.01) return v.toPrecision(2);
  return v.toFixed(2);
}

/** A Markdown table: metric, ours (min / median / max, and p95 where the budget is on it), base, ratio, budget, verdict. */
export function markdownTable(rows: readonly TableRow[], baseName: string): string {
  const head = [
    "| metric | unit | ours min / **median** / max | " +
      baseName +
      " median | ours ÷ " +
      baseName +
      " | budget | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  const lines = rows.map((r) => {
    const p95 = r.stat === "p95" && r.ours ? `, p95 **${fmt(r.ours.p95)}**` : "";
    const ours = r.ours ? `${fmt(r.ours.min)} / **${fmt(r.ours.median)}** / ${fmt(r.ours.max)}${p95}` : "n/a";
    const verdict = r.pass == null ? "" : r.pass ? "ok" : "**over**";
    return `| ${r.label} | ${r.unit} | ${ours} | ${fmt(r.base?.median)} | ${fmt(r.ratio)} | ${r.budget} | ${verdict} |`;
  });
  return [...head, ...lines].join("\n");
}
