// Made-up series for the chart scenes: smooth, deterministic numbers (no randomness, no real
// figures), built with the unit tests' builders (src/data/test-builders.ts).
import type { GeneralStaffCategory } from "../data/schemas/losses";
import { GENERAL_STAFF_CATEGORIES } from "../data/schemas/losses";

/** A cumulative series of `days` values from `start`, growing by a daily step that varies with a period of 7 days. */
export function cumulative(days: number, start: number, step: number, wobble = 0.5): number[] {
  const out: number[] = [];
  let v = start;
  for (let i = 0; i < days; i++) {
    out.push(Math.round(v));
    v += step * (1 + wobble * Math.sin((i * 2 * Math.PI) / 7));
  }
  return out;
}

/** A cumulative series whose daily changes are `daily` (zeros stay zero). */
export function fromDaily(start: number, daily: readonly number[]): number[] {
  const out = [start];
  for (const d of daily) out.push((out.at(-1) as number) + d);
  return out;
}

/** Every category, each with its own size (personnel ~100× equipment). */
export function allCategories(days: number): Partial<Record<GeneralStaffCategory, number[]>> {
  return Object.fromEntries(
    GENERAL_STAFF_CATEGORIES.map((c, k) => [
      c,
      cumulative(days, 200 + 150 * k, 2 + (k % 5), 0.3 + (k % 3) * 0.2),
    ]),
  );
}
