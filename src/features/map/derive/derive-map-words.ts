// The map's words for the view shown, taken from the files: the territory series' totals over the
// window (the same sums as the weekly bars and the claims ledger), the sources with no map on the
// day, NZZ's notes and the day's listed changes; worded by deriveMapText and deriveMapNotes.
import type { IsoDate } from "../../../data/schemas/common";
import type { MapIndex } from "../../../data/schemas/map";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { TerritoryFile } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import { chunkRefFor } from "../data/chunks";
import { MAP_SOURCES } from "../sources";
import { definitionFor, type MapUrlState } from "../url-state";
import type { PairAreas } from "./derive-area";
import { deriveMapText } from "./derive-map-text";
import { deriveMapNotes } from "./derive-method-notes";
import { deriveRangeGains } from "./derive-sector-series";

export function deriveMapWords(input: {
  state: MapUrlState;
  territory: TerritoryFile;
  index: MapIndex;
  changes: readonly MethodChange[] | undefined;
  range: DateRange;
  day: IsoDate;
  /** The day the change is measured from (use-map-chunks.ts). */
  baseShown: IsoDate;
  /** The legend's layers measured, undefined while measuring. */
  areas: PairAreas | undefined;
}) {
  const { state, territory, range, day } = input;
  const sector = territory.sectors.find((s) => s.id === state.map);
  const notes = deriveMapNotes({
    ...state,
    nzzDef: definitionFor("nzz", state),
    changes: input.changes,
    redraws: territory.redraws ?? [],
    nzz: territory.nzz,
    box: sector?.id ?? "all",
    day,
  });
  const text = deriveMapText({
    ...state,
    sectorName: sector?.name,
    range,
    day,
    baseShown: input.baseShown,
    added: deriveRangeGains(territory, state.map, { from: range.from, to: day })[state.src],
    areas: input.areas,
    nzzNote: notes.nzzNote,
    missing: (state.mode === "disagree" ? MAP_SOURCES : [state.src])
      .filter((s) => !chunkRefFor(input.index, s, day))
      .map((s) => ({ source: s, first: territory[s].dates[0]! })),
  });
  return { text, notes };
}
