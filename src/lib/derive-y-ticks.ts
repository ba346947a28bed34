// Y-axis ticks on round 1-2-5 steps, and labels that say exactly the tick's value. Recharts'
// own "auto" ticks can land on 1.05M, 1.155M… and a compact formatter then labels them "1.1M",
// "1.2M", so a point drawn above the "1.1M" line could be below 1.1M.

export interface YTicks {
  domain: [number, number];
  ticks: number[];
  step: number;
}

/**
 * The smallest step of 1, 2 or 5 × 10^k that splits `span` into at most `count` intervals, never
 * below `minStep` (1 for counts, which are whole; smaller for ratios).
 */
export function niceStep(span: number, count: number, minStep = 1): number {
  if (!(span > 0)) return minStep;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9));
  return Math.max(minStep, step ?? 10 * power);
}

/**
 * Domain widened to whole steps around [min, max] and a tick on every step. `zero` keeps 0 inside
 * the domain (views of changes, bars); `minStep` is the smallest step allowed (see niceStep).
 */
export function deriveYTicks(min: number, max: number, count = 5, zero = false, minStep = 1): YTicks {
  let lo = zero ? Math.min(0, min) : min;
  let hi = zero ? Math.max(0, max) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
  const step = niceStep(hi - lo, count, minStep);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  // Integer multiples, rounded to the step's decimals, so 3 × 0.1 drift never reaches a label.
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const at = (i: number) => Number((i * step).toFixed(decimals));
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => at(first + i));
  return { domain: [at(first), at(last)], ticks, step };
}

export interface ValueTickOptions {
  /** Keep 0 inside the axis (counts from zero, bars up and down). */
  zero?: boolean;
  /** Allow steps below 1 (ratios); counts and km² step by whole numbers. */
  fractional?: boolean;
}

/** Round ticks spanning every finite number among `values` (gaps and labels ignored). */
export function deriveValueTicks(values: Iterable<unknown>, options: ValueTickOptions = {}): YTicks {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return deriveYTicks(min, max, 5, options.zero ?? false, options.fractional ? 0.01 : 1);
}

/** Fraction digits a compact label ("1.05M") needs to show every tick exactly. */
export function compactDigits(ticks: readonly number[]): number {
  let digits = 0;
  for (const t of ticks) {
    const a = Math.abs(t);
    const unit = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e3 ? 1e3 : 1;
    let d = 0;
    while (d < 3 && Math.abs(Math.round((t / unit) * 10 ** d) - (t / unit) * 10 ** d) > 1e-6) d++;
    digits = Math.max(digits, d);
  }
  return digits;
}
