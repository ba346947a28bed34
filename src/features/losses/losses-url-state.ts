// The losses explorer's own URL parameters: which categories, which view, which scale, and
// whether event markers are drawn (?cats=tank,personnel&view=weekly&scale=log&events=0).
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../../data/schemas/losses";
import { canonicalCategories, isCategory } from "../../data/categories";
import { echo, parseChoice, parseSwitch, readParam } from "../../filters/parse-helpers";
import type { UrlStateSpec } from "../../filters/url-state";

export const LOSSES_VIEWS = ["cumulative", "daily", "avg7", "weekly", "monthly"] as const;
export type LossesView = (typeof LOSSES_VIEWS)[number];

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export interface LossesState {
  /** Categories on the charts, in canonical order (?cats=). */
  cats: GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  /** Whether curated events are drawn on the time axis (?events=0 hides them). */
  events: boolean;
}

export const DEFAULT_LOSSES_STATE: Readonly<LossesState> = {
  cats: ["personnel", "tank"],
  view: "cumulative",
  scale: "linear",
  events: true,
};

function parseCats(raw: string | null, notices: string[]): GeneralStaffCategory[] {
  const fallback = DEFAULT_LOSSES_STATE.cats;
  if (raw === null) return [...fallback];
  // An empty value is a deliberate empty selection (the reader unticked everything).
  const names = raw === "" ? [] : raw.split(",").map((s) => s.trim());
  const unknown = [...new Set(names.filter((n) => !isCategory(n)))];
  const known = canonicalCategories(names.filter(isCategory));
  if (unknown.length > 0) {
    const fellBack = known.length === 0;
    const listed =
      unknown.slice(0, 3).map(echo).join(", ") +
      (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
    notices.push(
      `Unknown loss categor${unknown.length === 1 ? "y" : "ies"} in the link ignored: ${listed}` +
        (fellBack ? `; showing the default (${fallback.join(", ")}).` : "."),
    );
    if (fellBack) return [...fallback];
  }
  return known;
}

export const lossesUrlState: UrlStateSpec<LossesState> = {
  params: ["cats", "view", "scale", "events"],
  parse(params, _ctx, notices) {
    const def = DEFAULT_LOSSES_STATE;
    return {
      cats: parseCats(readParam(params, "cats", notices), notices),
      view: parseChoice(readParam(params, "view", notices), LOSSES_VIEWS, def.view, "chart view", notices),
      scale: parseChoice(readParam(params, "scale", notices), SCALES, def.scale, "scale", notices),
      events: parseSwitch(readParam(params, "events", notices), def.events, "event markers", notices),
    };
  },
  serialize(state) {
    const def = DEFAULT_LOSSES_STATE;
    const out: Record<string, string> = {};
    const cats = canonicalCategories(state.cats).join(",");
    if (cats !== def.cats.join(",")) out.cats = cats;
    if (state.view !== def.view) out.view = state.view;
    if (state.scale !== def.scale) out.scale = state.scale;
    if (state.events !== def.events) out.events = state.events ? "1" : "0";
    return out;
  },
};

/** Every category, for "select all". */
export const ALL_CATEGORIES: readonly GeneralStaffCategory[] = GENERAL_STAFF_CATEGORIES;
