// The map's part of the URL: ?map= (sector preset), ?day= (the slider's day, inside the global
// range), ?src= (territory source), ?mode= (change since `from`, or where the sources disagree),
// ?def= (NZZ's definition) and ?box= (the box the reader drew, west,south,east,north in degrees to
// 4 decimals, ~10 m). Defaults are left out of links.
import type { IsoDate } from "../../data/schemas/common";
import type { MapDefinition } from "../../data/schemas/map";
import { SECTOR_IDS } from "../../data/schemas/keys";
import type { SectorId } from "../../data/schemas/territory";
import { echo, parseChoice, parseDay, readParam } from "../../filters/parse-helpers";
import type { DateRange } from "../../filters/range";
import type { UrlStateSpec } from "../../filters/url-state";
import type { BBox } from "../../lib/geometry";
import { MAP_SOURCES, type MapSource } from "./sources";

export const MAP_VIEWS = ["all", ...SECTOR_IDS] as const;
export type MapView = "all" | SectorId;
export const MAP_MODES = ["change", "disagree"] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** NZZ's shapes: like for like (its own plus the areas held before 2022) or as published. */
export const MAP_DEFINITIONS = ["likeForLike", "asPublished"] as const;
export type MapDefinitionChoice = (typeof MAP_DEFINITIONS)[number];
/** The values of ?def= (the default, like for like, is left out of links). */
const DEF_PARAMS: Record<MapDefinitionChoice, string> = { likeForLike: "lfl", asPublished: "published" };

export interface MapUrlState {
  map: MapView;
  /** null: the range's last day. */
  day: IsoDate | null;
  src: MapSource;
  mode: MapMode;
  def: MapDefinitionChoice;
  /** The reader's box, [west, south, east, north] in degrees (4 decimals), or null. */
  box: BBox | null;
}

export const MAP_DEFAULTS: MapUrlState = {
  map: "all",
  day: null,
  src: "deepstate",
  mode: "change",
  def: "likeForLike",
  box: null,
};

/** Degrees to 4 decimals (~10 m on the ground): what a link and the CSV hold. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** A drawn box as the URL keeps it: rounded to 4 decimals. */
export const roundBox = (box: BBox): BBox => [round4(box[0]), round4(box[1]), round4(box[2]), round4(box[3])];

/** "w,s,e,n" for a link and the CSV. */
export const formatBox = (box: BBox): string => roundBox(box).join(",");

/**
 * ?box=west,south,east,north: four numbers, longitudes in −180…180 and latitudes in −90…90, west
 * of east and south of north; anything else is dropped with a notice.
 */
export function parseBox(raw: string | null, notices: string[]): BBox | null {
  if (raw === null) return null;
  const parts = raw.split(",");
  const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  const [w, s, e, n] = nums;
  const valid =
    nums.length === 4 &&
    nums.every(Number.isFinite) &&
    w! >= -180 &&
    e! <= 180 &&
    s! >= -90 &&
    n! <= 90 &&
    w! < e! &&
    s! < n!;
  if (!valid) {
    notices.push(
      `The link's map box ${echo(raw)} is not four numbers west,south,east,north (degrees, west of east, south of north), so no box is drawn.`,
    );
    return null;
  }
  return roundBox([w!, s!, e!, n!]);
}

export const mapUrlState: UrlStateSpec<MapUrlState> = {
  params: ["map", "day", "src", "mode", "def", "box"],
  parse(params, ctx, notices) {
    const map = parseChoice(
      readParam(params, "map", notices),
      MAP_VIEWS,
      MAP_DEFAULTS.map,
      "map area",
      notices,
    );
    const src = parseChoice(
      readParam(params, "src", notices),
      MAP_SOURCES,
      MAP_DEFAULTS.src,
      "map source",
      notices,
    );
    const mode = parseChoice(
      readParam(params, "mode", notices),
      MAP_MODES,
      MAP_DEFAULTS.mode,
      "map mode",
      notices,
    );
    const defParam = parseChoice(
      readParam(params, "def", notices),
      ["lfl", "published"] as const,
      "lfl",
      "NZZ definition",
      notices,
    );
    const def: MapDefinitionChoice = defParam === "published" ? "asPublished" : "likeForLike";
    const day = parseDay(readParam(params, "day", notices), ctx.range, "map day", notices);
    const box = parseBox(readParam(params, "box", notices), notices);
    return { map, day: day === ctx.range.to ? null : day, src, mode, def, box };
  },
  serialize(state, ctx) {
    const out: Record<string, string> = {};
    if (state.map !== MAP_DEFAULTS.map) out.map = state.map;
    if (state.day !== null && state.day !== ctx.range.to) out.day = state.day;
    if (state.src !== MAP_DEFAULTS.src) out.src = state.src;
    if (state.mode !== MAP_DEFAULTS.mode) out.mode = state.mode;
    if (state.def !== MAP_DEFAULTS.def) out.def = DEF_PARAMS[state.def];
    if (state.box !== null) out.box = formatBox(state.box);
    return out;
  },
  // A day the reader's new range leaves out goes: the slider then shows the new range's last day,
  // as it does for any range (a day clamped to the new start would show no change at all).
  followRange: (state, { range }) =>
    state.day !== null && (state.day < range.from || state.day > range.to) ? { ...state, day: null } : state,
};

/** The slider's day: the URL's, or the range's last day. */
export const dayOf = (state: MapUrlState, range: DateRange): IsoDate => state.day ?? range.to;

/**
 * NZZ's shapes: the URL's definition while one source changes; where the sources are compared,
 * always like for like (the definitions differ, the ground does not).
 */
export const definitionFor = (source: MapSource, state: Pick<MapUrlState, "mode" | "def">): MapDefinition =>
  source === "nzz" && state.mode === "change" ? state.def : "likeForLike";
