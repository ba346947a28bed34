// Small, pure helpers every feature's URL parser uses, so that all of them treat a hostile or
// mistyped link the same way: never throw, never echo more than a short excerpt, and say exactly
// what was done instead.
import type { IsoDate } from "../data/schemas/common";
import { clampDate, parseIsoDate } from "../lib/dates";
import { formatDate } from "../lib/format";
import type { DateRange } from "./date-range";

/** Longest excerpt of a link's value repeated back to the reader. */
export const ECHO_MAX_CHARS = 40;

/** A value from the link, quoted for a notice: at most ~40 characters, then "…". */
export function echo(raw: string): string {
  const chars = Array.from(raw);
  const shown = chars.length > ECHO_MAX_CHARS ? `${chars.slice(0, ECHO_MAX_CHARS).join("")}…` : raw;
  return `“${shown}”`;
}

/**
 * The value of `key`, or null when absent. A parameter given several times is read once (the
 * first value) and the notice says so, rather than silently picking one.
 */
export function readParam(params: URLSearchParams, key: string, notices: string[]): string | null {
  const all = params.getAll(key);
  if (all.length > 1) {
    notices.push(
      `“${key}” appears ${all.length} times in the link; the first value, ${echo(all[0] ?? "")}, was used.`,
    );
  }
  return all[0] ?? null;
}

/** One of `choices`, or `fallback` with a notice naming what was wrong. */
export function parseChoice<T extends string>(
  raw: string | null,
  choices: readonly T[],
  fallback: T,
  what: string,
  notices: string[],
): T {
  if (raw === null) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  notices.push(
    `Unknown ${what} ${echo(raw)} in the link; showing “${fallback}” (one of: ${choices.join(", ")}).`,
  );
  return fallback;
}

/**
 * A day inside `within`: null when absent or unreadable (with a notice), moved to the nearest end
 * when outside (with a notice).
 */
export function parseDay(
  raw: string | null,
  within: DateRange,
  what: string,
  notices: string[],
): IsoDate | null {
  if (raw === null) return null;
  const day = parseIsoDate(raw);
  if (day === null) {
    notices.push(`The link's ${what} ${echo(raw)} is not a date written as YYYY-MM-DD, so it was ignored.`);
    return null;
  }
  const clamped = clampDate(day, within);
  if (clamped !== day) {
    const side = day < within.from ? "before the first" : "after the last";
    notices.push(
      `The link's ${what} ${day} is ${side} day available (${formatDate(clamped)}), so ${formatDate(clamped)} is shown.`,
    );
  }
  return clamped;
}

/** "1" / "0" switches; anything else keeps `fallback` and says so. */
export function parseSwitch(raw: string | null, fallback: boolean, what: string, notices: string[]): boolean {
  if (raw === null) return fallback;
  if (raw === "1") return true;
  if (raw === "0") return false;
  notices.push(
    `The link's ${what} setting ${echo(raw)} is neither 0 nor 1; ${what} ${fallback ? "are shown" : "are hidden"}.`,
  );
  return fallback;
}
