// The one translation between the URL's query string and the Filters every panel reads.
// parseFilters never throws: anything it cannot use falls back to the default and yields a
// notice the app shows, so a mistyped or outdated link still opens and says what it ignored.
// serializeFilters leaves defaults out, so links stay short; parse(serialize(f)) = f.
import type { IsoDate } from "../data/schemas/common";
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../data/schemas/losses";
import { clampDate, parseIsoDate } from "../lib/dates";
import {
  DEFAULT_CATS,
  DEFAULT_EVENTS,
  DEFAULT_SCALE,
  DEFAULT_VIEW,
  defaultRange,
  lastYearEnding,
} from "./defaults";
import { LOSSES_VIEWS, SCALES, type DateRange, type Filters, type LossesView, type Scale } from "./filters";

/** The query parameters this module owns; others (of other features) are left alone. */
export const FILTER_PARAMS = ["from", "to", "cats", "view", "scale", "events"] as const;

export interface ParsedFilters {
  filters: Filters;
  /** Plain-language notes on what in the URL was ignored or adjusted, for the reader. */
  notices: string[];
}

function parseRange(params: URLSearchParams, bounds: DateRange, notices: string[]): DateRange {
  const rawFrom = params.get("from");
  const rawTo = params.get("to");
  if (rawFrom === null && rawTo === null) return defaultRange(bounds);

  const bad = [rawFrom, rawTo].filter((v): v is string => v !== null && parseIsoDate(v) === null);
  if (bad.length > 0) {
    const fallback = defaultRange(bounds);
    notices.push(
      `The link's date range could not be read (${bad.map((v) => `“${v}”`).join(", ")} is not a date ` +
        `as YYYY-MM-DD), so the last 12 months of data are shown (${fallback.from} to ${fallback.to}).`,
    );
    return fallback;
  }

  let to = rawTo === null ? bounds.to : (rawTo as IsoDate);
  // Only an end in the link: show the year up to that end, like the default does for the data's end.
  let from = rawFrom === null ? lastYearEnding(clampDate(to, bounds), bounds).from : (rawFrom as IsoDate);
  if (from > to) {
    notices.push(`The link's start date ${from} is after its end date ${to}; the two were swapped.`);
    [from, to] = [to, from];
  }
  const clamped = { from: clampDate(from, bounds), to: clampDate(to, bounds) };
  if (clamped.from !== from || clamped.to !== to) {
    notices.push(
      `The data runs from ${bounds.from} to ${bounds.to}; the link's range ${from} to ${to} was ` +
        `limited to ${clamped.from} to ${clamped.to}.`,
    );
  }
  return clamped;
}

const isCategory = (v: string): v is GeneralStaffCategory =>
  (GENERAL_STAFF_CATEGORIES as readonly string[]).includes(v);

/** Categories in the schema's order, without repeats, so equal selections serialise equally. */
export function canonicalCats(cats: readonly GeneralStaffCategory[]): GeneralStaffCategory[] {
  return GENERAL_STAFF_CATEGORIES.filter((c) => cats.includes(c));
}

function parseCats(raw: string | null, notices: string[]): GeneralStaffCategory[] {
  if (raw === null) return [...DEFAULT_CATS];
  // An empty value is a deliberate empty selection (the reader unticked everything).
  const names = raw === "" ? [] : raw.split(",").map((s) => s.trim());
  const unknown = names.filter((n) => !isCategory(n));
  const known = canonicalCats(names.filter(isCategory));
  if (unknown.length > 0) {
    const fellBack = known.length === 0;
    notices.push(
      `Unknown loss categor${unknown.length === 1 ? "y" : "ies"} in the link ignored: ` +
        `${unknown.map((u) => `“${u}”`).join(", ")}` +
        (fellBack ? `; showing the default (${DEFAULT_CATS.join(", ")}).` : "."),
    );
    if (fellBack) return [...DEFAULT_CATS];
  }
  return known;
}

function parseChoice<T extends string>(
  raw: string | null,
  choices: readonly T[],
  fallback: T,
  what: string,
  notices: string[],
): T {
  if (raw === null) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  notices.push(
    `Unknown ${what} “${raw}” in the link; showing “${fallback}” (one of: ${choices.join(", ")}).`,
  );
  return fallback;
}

function parseEvents(raw: string | null, notices: string[]): boolean {
  if (raw === null || raw === "1") return DEFAULT_EVENTS;
  if (raw === "0") return false;
  notices.push(`The link's events setting “${raw}” is neither 0 nor 1; event markers are shown.`);
  return DEFAULT_EVENTS;
}

/** Filters from a query string (`?from=…` or `from=…`), inside `bounds` (the data's first and last day). */
export function parseFilters(search: string, bounds: DateRange): ParsedFilters {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const filters: Filters = {
    range: parseRange(params, bounds, notices),
    cats: parseCats(params.get("cats"), notices),
    view: parseChoice<LossesView>(params.get("view"), LOSSES_VIEWS, DEFAULT_VIEW, "chart view", notices),
    scale: parseChoice<Scale>(params.get("scale"), SCALES, DEFAULT_SCALE, "scale", notices),
    events: parseEvents(params.get("events"), notices),
  };
  return { filters, notices };
}

/**
 * The query string (without "?", "" when everything is default) for `filters`. The range is left
 * out when it is the default; `to` is left out when it is the data's last day.
 */
export function serializeFilters(filters: Filters, bounds: DateRange): string {
  const params = new URLSearchParams();
  const def = defaultRange(bounds);
  const { from, to } = filters.range;
  if (from !== def.from || to !== def.to) {
    params.set("from", from);
    if (to !== bounds.to) params.set("to", to);
  }
  const cats = canonicalCats(filters.cats);
  if (cats.join(",") !== DEFAULT_CATS.join(",")) params.set("cats", cats.join(","));
  if (filters.view !== DEFAULT_VIEW) params.set("view", filters.view);
  if (filters.scale !== DEFAULT_SCALE) params.set("scale", filters.scale);
  if (filters.events !== DEFAULT_EVENTS) params.set("events", "0");
  // Commas in `cats` stay readable; URLSearchParams would write them as %2C.
  return params.toString().replaceAll("%2C", ",");
}

/** Replaces this module's parameters in `search`, keeping any other feature's parameters. */
export function mergeFilterParams(search: string, filters: Filters, bounds: DateRange): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_PARAMS) params.delete(key);
  const rest = params.toString();
  const own = serializeFilters(filters, bounds);
  return [own, rest].filter((s) => s !== "").join("&");
}
