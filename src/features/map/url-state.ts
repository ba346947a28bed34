// The map's part of the URL: ?map= (sector preset), ?day= (the slider's day, inside the global
// range), ?src= (territory source) and ?mode= (change since `from`, or where the sources disagree).
// Defaults are left out of links. Shapes follow the shared UrlStateSpec (see src/filters).
import type { IsoDate } from "../../data/schemas/common";
import { SECTOR_IDS, type SectorId } from "../../data/schemas/territory";
import { MAP_SOURCES, type MapSource } from "./sources";
import { clampDate, parseIsoDate } from "../../lib/dates";
import type { DateRange } from "../../filters/filters";

export const MAP_VIEWS = ["all", ...SECTOR_IDS] as const;
export type MapView = "all" | SectorId;
export const MAP_MODES = ["change", "disagree"] as const;
export type MapMode = (typeof MAP_MODES)[number];

export interface MapUrlState {
  map: MapView;
  /** null: the range's last day. */
  day: IsoDate | null;
  src: MapSource;
  mode: MapMode;
}

export interface MapUrlContext {
  bounds: DateRange;
  range: DateRange;
}

export const MAP_DEFAULTS: MapUrlState = { map: "all", day: null, src: "deepstate", mode: "change" };

/** ≤ 40 characters of what the link said, for notices (never echo more). */
const echo = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function choice<T extends string>(
  raw: string | null,
  choices: readonly T[],
  fallback: T,
  what: string,
  notices: string[],
): T {
  if (raw === null) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  notices.push(
    `Unknown ${what} “${echo(raw)}” in the link; showing “${fallback}” (one of: ${choices.join(", ")}).`,
  );
  return fallback;
}

export const mapUrlSpec = {
  params: ["map", "day", "src", "mode"] as const,
  parse(params: URLSearchParams, ctx: MapUrlContext, notices: string[]): MapUrlState {
    const map = choice(params.get("map"), MAP_VIEWS, MAP_DEFAULTS.map, "map area", notices);
    const src = choice(params.get("src"), MAP_SOURCES, MAP_DEFAULTS.src, "map source", notices);
    const mode = choice(params.get("mode"), MAP_MODES, MAP_DEFAULTS.mode, "map mode", notices);
    let day: IsoDate | null = null;
    const raw = params.get("day");
    if (raw !== null) {
      const parsed = parseIsoDate(raw);
      if (!parsed)
        notices.push(`The map day “${echo(raw)}” is not a date (YYYY-MM-DD); showing the range's last day.`);
      else {
        const clamped = clampDate(parsed, ctx.range);
        if (clamped !== parsed)
          notices.push(`The map day ${parsed} is outside the selected range; showing ${clamped} instead.`);
        day = clamped === ctx.range.to ? null : clamped;
      }
    }
    return { map, day, src, mode };
  },
  serialize(state: MapUrlState, ctx: MapUrlContext): Record<string, string> {
    const out: Record<string, string> = {};
    if (state.map !== MAP_DEFAULTS.map) out.map = state.map;
    if (state.day !== null && state.day !== ctx.range.to) out.day = state.day;
    if (state.src !== MAP_DEFAULTS.src) out.src = state.src;
    if (state.mode !== MAP_DEFAULTS.mode) out.mode = state.mode;
    return out;
  },
};

/** The slider's day: the URL's, or the range's last day. */
export const dayOf = (state: MapUrlState, range: DateRange): IsoDate => state.day ?? range.to;
