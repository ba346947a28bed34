// Calendar-day arithmetic on IsoDate strings (YYYY-MM-DD). Days are calendar days counted on UTC
// midnights, where every day is 24 hours long, so no daylight-saving change in the reader's time
// zone can shift a day. Hand-rolled (no date library) to keep it out of the first chart's bundle.
// Ordering is plain string order (ISO dates sort).
import type { IsoDate } from "../data/schemas/common";

const DAY_MS = 86_400_000;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of y-m-d (month 1–12); setUTCFullYear so years 0–99 are not read as 19xx. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function toDate(day: IsoDate): Date {
  return utc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

function fromDate(date: Date): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` as IsoDate;
}

/** The IsoDate for a string that names a real calendar day (rejects "2023-02-30"), else null. */
export function parseIsoDate(value: string): IsoDate | null {
  const m = ISO_SHAPE.exec(value);
  if (!m) return null;
  // An impossible day rolls over (30 Feb → 2 Mar), so it does not read back the same.
  return fromDate(utc(Number(m[1]), Number(m[2]), Number(m[3]))) === value ? (value as IsoDate) : null;
}

/** `day` moved by `days` calendar days (negative moves back). */
export function addDays(day: IsoDate, days: number): IsoDate {
  return fromDate(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** The same calendar day `years` years earlier (29 Feb falls back to 28 Feb). */
export function subtractYears(day: IsoDate, years: number): IsoDate {
  const date = toDate(day);
  const target = utc(date.getUTCFullYear() - years, date.getUTCMonth() + 1, 1);
  // The same day of the month, or the month's last day (29 Feb → 28 Feb).
  const lastOfMonth = utc(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate();
  return fromDate(
    utc(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), lastOfMonth)),
  );
}

/** Calendar days from `earlier` to `later`: diffDays("2023-07-25", "2023-07-18") = 7. */
export function diffDays(later: IsoDate, earlier: IsoDate): number {
  return Math.round((toDate(later).getTime() - toDate(earlier).getTime()) / DAY_MS);
}

/** Number of days in the inclusive range [from, to]; a single-day range has 1. */
export function daysInRange(range: { from: IsoDate; to: IsoDate }): number {
  return diffDays(range.to, range.from) + 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** `day` moved inside the inclusive bounds. */
export function clampDate(day: IsoDate, bounds: { from: IsoDate; to: IsoDate }): IsoDate {
  return minDate(maxDate(day, bounds.from), bounds.to);
}

/** Whether `day` lies in the inclusive range. */
export function isInRange(day: IsoDate, range: { from: IsoDate; to: IsoDate }): boolean {
  return day >= range.from && day <= range.to;
}

/** Every day of the inclusive range [from, to], in order; empty when from > to. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  if (from > to) return [];
  const days: IsoDate[] = [];
  for (let t = toDate(from).getTime(), end = toDate(to).getTime(); t <= end; t += DAY_MS) {
    days.push(fromDate(new Date(t)));
  }
  return days;
}
