// Calendar-day arithmetic in UTC on ISO `YYYY-MM-DD` strings (no time zones involved anywhere).
import { toIsoDate, type IsoDate } from "../../src/data/schemas/common";
import { isCalendarDate } from "../../src/data/checks/plausibility";

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): IsoDate {
  return toIsoDate(new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10));
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Every calendar day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): IsoDate[] {
  const n = daysBetween(from, to);
  return Array.from({ length: n + 1 }, (_, i) => addDays(from, i));
}

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2023-02-30): the app's rule, shared. */
export const isValidIsoDate = isCalendarDate;
