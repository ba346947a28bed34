// The global date range every panel follows (?from=&to=, both days included). Pure parse and
// serialise; the hook that binds them to the address bar is in use-url-state.ts.
//
// Two days bound it: `bounds` (first and last day of any series, the limits of a range) and the
// `anchor`, the day the default and the relative presets end on: the last day any source has, so
// the newest figure of every source is on the default view (issue #21). A source that ends earlier
// says where it ends inside the range (each panel's "data to" note), rather than the range stopping
// at the earliest-ending source.
import type { IsoDate } from "../data/schemas/common";
import type { ManifestFile } from "../data/schemas/manifest";
import { addDays, clampDate, maxDate, parseIsoDate, subtractYears } from "../lib/dates";
import { formatDate } from "../lib/format";
import type { DateRange } from "./date-range";
import { echo, readParam } from "./parse-helpers";

export type { DateRange } from "./date-range";

export interface RangeContext {
  /** Earliest and latest day of any series: no range reaches outside. */
  bounds: DateRange;
  /** The day the default range and the relative presets end on (inside bounds). */
  anchor: IsoDate;
}

export function rangeContextFromManifest(manifest: Pick<ManifestFile, "bounds">): RangeContext {
  return { bounds: manifest.bounds, anchor: manifest.bounds.to };
}

/** The year ending on `to`, both ends included, not before the data's first day. */
export function lastYearEnding(to: IsoDate, bounds: DateRange): DateRange {
  return { from: maxDate(addDays(subtractYears(to, 1), 1), bounds.from), to };
}

/** What the page shows when the link says nothing: the last 12 months up to the anchor. */
export function defaultRange(ctx: RangeContext): DateRange {
  return lastYearEnding(ctx.anchor, ctx.bounds);
}

export const RANGE_PARAMS = ["from", "to"] as const;

function describeDay(day: IsoDate): string {
  return `${day} (${formatDate(day)})`;
}

/** The range in a query string; never throws, and says in `notices` what it changed. */
export function parseRange(params: URLSearchParams, ctx: RangeContext, notices: string[]): DateRange {
  const { bounds } = ctx;
  const rawFrom = readParam(params, "from", notices);
  const rawTo = readParam(params, "to", notices);
  const fallback = defaultRange(ctx);
  if (rawFrom === null && rawTo === null) return fallback;

  const unreadable = (["from", "to"] as const).filter((key) => {
    const raw = key === "from" ? rawFrom : rawTo;
    return raw !== null && parseIsoDate(raw) === null;
  });
  if (unreadable.length > 0) {
    const parts = unreadable.map(
      (key) => `${key === "from" ? "start" : "end"} ${echo((key === "from" ? rawFrom : rawTo) ?? "")}`,
    );
    notices.push(
      `The link's ${parts.join(" and ")} ${parts.length > 1 ? "are not dates" : "is not a date"} written as ` +
        `YYYY-MM-DD, so the last 12 months of data are shown (${formatDate(fallback.from)} to ${formatDate(fallback.to)}).`,
    );
    return fallback;
  }

  const clampNoted = (day: IsoDate, what: string): IsoDate => {
    const clamped = clampDate(day, bounds);
    if (clamped !== day) {
      const where = day < bounds.from ? "before the data begins" : "after the data ends";
      notices.push(`The link's ${what} ${day} is ${where}, so it was moved to ${describeDay(clamped)}.`);
    }
    return clamped;
  };
  let from = rawFrom === null ? null : clampNoted(rawFrom as IsoDate, "start date");
  let to = rawTo === null ? null : clampNoted(rawTo as IsoDate, "end date");

  if (from !== null && to !== null && from > to) {
    notices.push(`The link's start date ${from} is after its end date ${to}; the two were swapped.`);
    [from, to] = [to, from];
  }
  // Only a start: run to the anchor, or to the data's last day when the start is past the anchor.
  if (to === null) to = from !== null && from > ctx.anchor ? bounds.to : ctx.anchor;
  // Only an end: the year up to that end, like the default.
  if (from === null) from = lastYearEnding(to, bounds).from;
  return { from, to };
}

/** Only what differs from the default: nothing for the default range, no `to` when it is the anchor. */
export function serializeRange(range: DateRange, ctx: RangeContext): Record<string, string> {
  const def = defaultRange(ctx);
  if (range.from === def.from && range.to === def.to) return {};
  return range.to === ctx.anchor ? { from: range.from } : { from: range.from, to: range.to };
}
