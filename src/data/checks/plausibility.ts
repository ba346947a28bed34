// Plausibility rules: what a well-formed series may still get wrong (a day that does not exist or
// has not happened yet, a count no source could publish, a jump or a fall no war produces in a day).
// Pure functions, written once and run on both sides: the app applies the date and value rules at
// load (data-checks.ts); the pipeline's gate (pipeline/lib/gate.ts) applies them all to every output
// before it is published, with the method-change ledger's exceptions and the published files to
// compare with. Each returns the first offence (field, day, values) or null.
import type { CheckFailure } from "./series-checks";

/**
 * A one-day change may be at most this many times the largest change the series had before.
 * Calibrated on ../shared/data (2026-12): the largest real ratio outside the ledger is 7.0 (Oryx,
 * Russian APCs, 2022-09-29, +42 after at most +6), then 5.3 (Oryx, Russian anti-aircraft guns,
 * 2023-12-14) and 4.5 (General Staff, special equipment, 2024-09-28, +99 after at most +22); the
 * oryx-daily files stay below 3.4 (Ukraine's "All Types" on the listed 2026-05-04 removal).
 */
export const MAX_CHANGE_FACTOR = 10;

/**
 * The change rule starts after this many changes of a series: its first days have no history to
 * compare with (General Staff artillery goes +1, then +24 on its third day, 2022-02-28).
 */
export const CHANGE_HISTORY_DAYS = 7;

/**
 * The largest change "seen before" counts as at least this much, so a series that stood still (a
 * category at 0 for months, e.g. submarines until 2025-12-16) may still move by a few items.
 */
export const MIN_CHANGE_SCALE = 1;

/**
 * A territory series may lose at most this share of its area in one day, unless the ledger lists
 * the day. The largest real fall outside the ledger is 18.5 % (NZZ, 2022-04-05: Russia's withdrawal
 * from the north, one update spanning several days); DeepState's largest is 2.9 % (2022-09-10).
 */
export const MAX_DAILY_AREA_FALL = 0.25;

export const DATES_REAL = "dates are real calendar days, none after the build day";
export const COUNTS_SAFE = "counts are whole numbers from 0 to 2^53 − 1";
export const CHANGE_BOUNDED = `a one-day change is at most ${MAX_CHANGE_FACTOR}× the largest before, unless the method-change ledger lists the day`;
export const AREA_FALL_BOUNDED = `an area loses at most ${MAX_DAILY_AREA_FALL * 100} % in a day, unless the method-change ledger lists the day`;
export const NOT_SHRUNK = "a series never gets shorter or ends earlier than the published one";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2023-02-30 and 2023-13-45). */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/** Today's UTC calendar day: the build day of a pipeline run, the app's "now" at load. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Each date a real day and none after `buildDay`. The dates are in order (checked apart), so the
 * last one is the one named: a record dated 2099 in a gap-free series is named, not the first
 * filler day after the build day.
 */
export function checkDates(field: string, dates: readonly string[], buildDay: string): CheckFailure | null {
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (!isCalendarDate(d)) return { check: DATES_REAL, at: `${field}[${i}] is ${d}, not a calendar day` };
  }
  const last = dates.at(-1);
  if (last !== undefined && last > buildDay)
    return {
      check: DATES_REAL,
      at: `${field} runs to ${last} (${field}[${dates.length - 1}]), after the build day ${buildDay}`,
    };
  return null;
}

/** One date (a range's end, a listed day) as checkDates checks each of a series. */
export function checkDate(field: string, date: string, buildDay: string): CheckFailure | null {
  if (!isCalendarDate(date)) return { check: DATES_REAL, at: `${field} is ${date}, not a calendar day` };
  if (date > buildDay)
    return { check: DATES_REAL, at: `${field} is ${date}, after the build day ${buildDay}` };
  return null;
}

/** Each value null (not reported) or a non-negative safe integer; `dates` names the day. */
export function checkCounts(
  field: string,
  values: readonly (number | null)[],
  dates: readonly string[],
): CheckFailure | null {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (v >= 0 && Number.isSafeInteger(v))) continue;
    return { check: COUNTS_SAFE, at: `${field}[${i}] is ${v} on ${dates[i] ?? "no date"}` };
  }
  return null;
}

/** A fall of a cumulative total between two reported days: index of the later one and both values. */
export interface TotalFall {
  i: number;
  from: number;
  to: number;
}

/** Every day on which `values` is lower than on the day before (both reported), in order. */
export function totalFalls(values: readonly (number | null)[]): TotalFall[] {
  const out: TotalFall[] = [];
  for (let i = 1; i < values.length; i++) {
    const from = values[i - 1];
    const to = values[i];
    if (from != null && to != null && to < from) out.push({ i, from, to });
  }
  return out;
}

/**
 * The ledger's days for one series: each listed change's first day and, for a change that ends (a
 * glitch of a few days), every day to the one after its end, when the series comes back.
 */
export interface LedgerEntry {
  source: string;
  from: string;
  to?: string;
  /** The series it touches; absent or empty: the whole source. */
  keys?: readonly string[];
}

export function ledgerDays(entries: readonly LedgerEntry[], source: string, key?: string): Set<string> {
  const days = new Set<string>();
  for (const e of entries) {
    if (e.source !== source) continue;
    if (key !== undefined && e.keys && e.keys.length > 0 && !e.keys.includes(key)) continue;
    days.add(e.from);
    if (e.to === undefined) continue;
    const end = Date.parse(`${e.to}T00:00:00Z`) + 86_400_000;
    for (let t = Date.parse(`${e.from}T00:00:00Z`); t <= end; t += 86_400_000)
      days.add(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * No change between two reported values (nulls skipped) larger than MAX_CHANGE_FACTOR × the largest
 * change before it (at least MIN_CHANGE_SCALE), once the series has CHANGE_HISTORY_DAYS changes;
 * rises and falls alike, so a total that drops to 1 fails as a spike does. A listed day is skipped
 * and does not count as history.
 */
export function checkDailyChanges(
  field: string,
  dates: readonly string[],
  values: readonly (number | null)[],
  listed: ReadonlySet<string>,
): CheckFailure | null {
  let last: number | null = null;
  let largest = 0;
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null) continue;
    if (last !== null) {
      const change = v - last;
      const size = Math.abs(change);
      const day = dates[i]!;
      if (!listed.has(day)) {
        const scale = Math.max(largest, MIN_CHANGE_SCALE);
        if (seen >= CHANGE_HISTORY_DAYS && size > MAX_CHANGE_FACTOR * scale)
          return {
            check: CHANGE_BOUNDED,
            at: `${field} goes from ${last} to ${v} (${change > 0 ? "+" : ""}${change}) on ${day}, more than ${MAX_CHANGE_FACTOR} × ${scale}, the largest change before`,
          };
        if (size > largest) largest = size;
        seen++;
      }
    }
    last = v;
  }
  return null;
}

/** No day on which the area falls by more than MAX_DAILY_AREA_FALL of the day before, unless listed. */
export function checkAreaFalls(
  field: string,
  dates: readonly string[],
  km2: readonly number[],
  listed: ReadonlySet<string>,
): CheckFailure | null {
  for (let i = 1; i < km2.length; i++) {
    const [before, after] = [km2[i - 1]!, km2[i]!];
    const day = dates[i]!;
    if (before > 0 && (before - after) / before > MAX_DAILY_AREA_FALL && !listed.has(day))
      return {
        check: AREA_FALL_BOUNDED,
        at: `${field} falls from ${Math.round(before)} to ${Math.round(after)} km² (−${(((before - after) / before) * 100).toFixed(1)} %) on ${day}`,
      };
  }
  return null;
}

/** How far a series reaches: its number of days and its last day with a value. */
export interface SeriesExtent {
  days: number;
  last: string | null;
}

/** The extent of `values` over `dates` (`values` omitted: the dates themselves). */
export function seriesExtent(dates: readonly string[], values?: readonly (number | null)[]): SeriesExtent {
  if (!values) return { days: dates.length, last: dates.at(-1) ?? null };
  let i = values.length - 1;
  while (i >= 0 && values[i] == null) i--;
  return { days: dates.length, last: i >= 0 ? dates[i]! : null };
}

/** The new series reaches at least as far as the published one: as many days, and its last no earlier. */
export function checkNotShrunk(
  field: string,
  published: SeriesExtent,
  built: SeriesExtent,
): CheckFailure | null {
  if (published.last !== null && (built.last === null || built.last < published.last))
    return {
      check: NOT_SHRUNK,
      at: `${field} ends on ${built.last ?? "no day"}, before the published ${published.last} (stale raw data? --allow-shrink accepts it)`,
    };
  if (built.days < published.days)
    return {
      check: NOT_SHRUNK,
      at: `${field} has ${built.days} days, fewer than the published ${published.days} (stale raw data? --allow-shrink accepts it)`,
    };
  return null;
}
