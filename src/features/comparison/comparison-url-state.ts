// The comparison section's own URL parameters (prefixed so they never clash with other features):
// ?cmpPair=apc&cmpRatio=rolling (claimed vs confirmed), ?cmpType=ifv (Russia vs Ukraine),
// ?terrDef=since2022 (which territory definition both sources are drawn with), ?cmpOryx=published
// (Oryx's counts as published rather than like for like across its changes of method).
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../../data/schemas/losses";
import { ORYX_TYPES } from "../../data/schemas/keys";
import type { OryxType } from "../../data/schemas/oryx";
import { parseChoice, readParam } from "../../filters/parse-helpers";
import type { UrlStateSpec } from "../../filters/url-state";

export const RATIO_VIEWS = ["cumulative", "rolling"] as const;
export type RatioView = (typeof RATIO_VIEWS)[number];

/** "all": everything held incl. Crimea and pre-2022 areas; "since2022": taken since 24 Feb 2022;
 *  "published": each source as published (NZZ without Crimea, and from 2024-03-14 without the pre-2022 areas). */
export const TERRITORY_DEFINITIONS = ["all", "since2022", "published"] as const;
export type TerritoryDefinition = (typeof TERRITORY_DEFINITIONS)[number];

/** "likeForLike": every day counts the same kinds of equipment across Oryx's listed changes of
 *  method (oryx.json's `countries`); "published": as Oryx published them (`asPublished`). */
export const ORYX_DEFINITIONS = ["likeForLike", "published"] as const;
export type OryxDefinition = (typeof ORYX_DEFINITIONS)[number];

export interface ComparisonState {
  pair: GeneralStaffCategory;
  ratio: RatioView;
  type: OryxType;
  terr: TerritoryDefinition;
  oryx: OryxDefinition;
}

export const DEFAULT_COMPARISON_STATE: Readonly<ComparisonState> = {
  pair: "tank",
  ratio: "cumulative",
  type: "tanks",
  terr: "all",
  oryx: "likeForLike",
};

export const comparisonUrlState: UrlStateSpec<ComparisonState> = {
  params: ["cmpPair", "cmpRatio", "cmpType", "terrDef", "cmpOryx"],
  parse(params, _ctx, notices) {
    const d = DEFAULT_COMPARISON_STATE;
    return {
      pair: parseChoice(
        readParam(params, "cmpPair", notices),
        GENERAL_STAFF_CATEGORIES,
        d.pair,
        "comparison category",
        notices,
      ),
      ratio: parseChoice(readParam(params, "cmpRatio", notices), RATIO_VIEWS, d.ratio, "ratio view", notices),
      type: parseChoice(readParam(params, "cmpType", notices), ORYX_TYPES, d.type, "Oryx type", notices),
      terr: parseChoice(
        readParam(params, "terrDef", notices),
        TERRITORY_DEFINITIONS,
        d.terr,
        "territory definition",
        notices,
      ),
      oryx: parseChoice(
        readParam(params, "cmpOryx", notices),
        ORYX_DEFINITIONS,
        d.oryx,
        "Oryx counts",
        notices,
      ),
    };
  },
  serialize(state) {
    const d = DEFAULT_COMPARISON_STATE;
    const out: Record<string, string> = {};
    if (state.pair !== d.pair) out.cmpPair = state.pair;
    if (state.ratio !== d.ratio) out.cmpRatio = state.ratio;
    if (state.type !== d.type) out.cmpType = state.type;
    if (state.terr !== d.terr) out.terrDef = state.terr;
    if (state.oryx !== d.oryx) out.cmpOryx = state.oryx;
    return out;
  },
};
