// Formatting through Intl. Numbers default to the reader's locale (undefined = browser locale).
// Dates default to one format everywhere on the page, day month year ("25 Jul 2023", en-GB):
// the page is in English, and "7/8/2023"-style ambiguity has no place in a fact-checking tool.
// Tests pass a locale explicitly so their expectations do not depend on the machine.
import type { IsoDate } from "../data/schemas/common";

type Locale = string | undefined;

/** The one date format of the page (see above). */
const DATE_LOCALE = "en-GB";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale ?? ""}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f as Intl.NumberFormat;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale ?? ""}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  // IsoDates are calendar days; formatting them as UTC midnight in UTC never shifts the day.
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" })));
  return f as Intl.DateTimeFormat;
}

/** A count with grouping: 4174 → "4,174" (en). */
export function formatNumber(value: number, locale?: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A change with an explicit sign: 12 → "+12", -3 → "−3", 0 → "0". */
export function formatSignedNumber(value: number, locale?: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits, signDisplay: "exceptZero" }).format(value);
}

/** Short form for axis ticks: 1_250_000 → "1.3M" (en). */
export function formatCompact(value: number, locale?: Locale): string {
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A share as a percentage: 0.125 → "12.5%" (en). */
export function formatPercent(value: number, locale?: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(value);
}

/**
 * How a locale writes the page's numbers (grouping, decimals, minus sign, compact and percent
 * forms), through the page's own formatters: the prebuilt page (scripts/prerender) is hydrated only
 * where the reader's locale gives the same text as the build's, so hydration never meets other digits.
 */
export function numberSample(locale?: Locale): string {
  return [
    formatNumber(-1234567.5, locale, 1),
    formatCompact(1250000, locale),
    formatPercent(0.125, locale),
  ].join("|");
}

/** A share with an explicit sign: 0.052 → "+5.2%", -0.1 → "−10%". */
export function formatSignedPercent(value: number, locale?: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits, signDisplay: "exceptZero" }).format(
    value,
  );
}

function utcDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

const DATE_STYLES = {
  /** "25 Jul 2023" (en-GB), "Jul 25, 2023" (en-US) */
  medium: { day: "numeric", month: "short", year: "numeric" },
  /** "25 July 2023" */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "Jul 2023", for monthly buckets and axis ticks */
  month: { month: "short", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** A calendar day in the reader's locale, e.g. "25 Jul 2023". */
export function formatDate(day: IsoDate, style: DateStyle = "medium", locale: Locale = DATE_LOCALE): string {
  return dateFormat(locale, DATE_STYLES[style]).format(utcDate(day));
}

/**
 * An inclusive range of days, e.g. "19 – 25 Jul 2023". ICU versions disagree on the spaces around
 * the dash (Node's thin spaces, Chromium's plain ones): plain spaces always, so the page prebuilt in
 * Node reads exactly as the browser renders it.
 */
export function formatDateRange(range: { from: IsoDate; to: IsoDate }, locale: Locale = DATE_LOCALE): string {
  // ICU's formatRange costs ~0.3 ms a call, and every panel formats the same range on each change.
  const key = `${locale ?? ""}|${range.from}|${range.to}`;
  let text = dateRangeTexts.get(key);
  if (text === undefined) {
    if (dateRangeTexts.size > 500) dateRangeTexts.clear();
    text = dateFormat(locale, DATE_STYLES.medium)
      .formatRange(utcDate(range.from), utcDate(range.to))
      .replace(/\u2009/g, " ");
    dateRangeTexts.set(key, text);
  }
  return text;
}
const dateRangeTexts = new Map<string, string>();

/** A file size: 123456 → "121 kB" (1 kB = 1024 bytes, as browsers' download panels show). */
export function formatBytes(bytes: number, locale?: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** "10.4 km²": an area or a change of area, to the tenth its series are measured to (rounded here, once). */
export function formatKm2(value: number, locale?: Locale): string {
  return `${formatNumber(value, locale, 1)} km²`;
}
