// Calendar-day arithmetic on IsoDate strings (YYYY-MM-DD). Days are calendar days, not 24-hour
// spans: date-fns works on local dates and adds days with setDate, so daylight-saving changes in
// the reader's time zone never shift a day. Ordering is plain string order (ISO dates sort).
import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  eachDayOfInterval,
  format,
  isValid,
  parse,
  subYears,
} from "date-fns";
import type { IsoDate } from "../data/schemas/common";

const ISO_FORMAT = "yyyy-MM-dd";
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(day: IsoDate): Date {
  // parse() with a reference date yields local midnight of that calendar day.
  return parse(day, ISO_FORMAT, new Date(2000, 0, 1));
}

function fromDate(date: Date): IsoDate {
  return format(date, ISO_FORMAT) as IsoDate;
}

/** The IsoDate for a string that names a real calendar day (rejects "2023-02-30"), else null. */
export function parseIsoDate(value: string): IsoDate | null {
  if (!ISO_SHAPE.test(value)) return null;
  const date = parse(value, ISO_FORMAT, new Date(2000, 0, 1));
  if (!isValid(date) || fromDate(date) !== value) return null;
  return value as IsoDate;
}

/** `day` moved by `days` calendar days (negative moves back). */
export function addDays(day: IsoDate, days: number): IsoDate {
  return fromDate(addDaysToDate(toDate(day), days));
}

/** The same calendar day `years` years earlier (29 Feb falls back to 28 Feb). */
export function subtractYears(day: IsoDate, years: number): IsoDate {
  return fromDate(subYears(toDate(day), years));
}

/** Calendar days from `earlier` to `later`: diffDays("2023-07-25", "2023-07-18") = 7. */
export function diffDays(later: IsoDate, earlier: IsoDate): number {
  return differenceInCalendarDays(toDate(later), toDate(earlier));
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
  return eachDayOfInterval({ start: toDate(from), end: toDate(to) }).map(fromDate);
}
