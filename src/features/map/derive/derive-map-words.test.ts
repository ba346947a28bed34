import type { MapIndex } from "../../../data/schemas/map";
import type { TerritoryFile, TerritorySeries } from "../../../data/schemas/territory";
import { iso } from "../../../data/test-builders";
import { addDays } from "../../../lib/dates";
import { MAP_DEFAULTS } from "../url-state";
import { deriveMapWords } from "./derive-map-words";

/** A made-up series from `first`: `gained` km² taken each day after the first, none lost. */
function series(first: string, days: number, gained: number): TerritorySeries {
  const dates = Array.from({ length: days }, (_, i) => addDays(iso(first), i));
  return {
    dates,
    carried: dates.map(() => false),
    occupiedKm2: dates.map((_, i) => 100 + i * gained),
    gainedKm2: dates.map((_, i) => (i === 0 ? null : gained)),
    lostKm2: dates.map((_, i) => (i === 0 ? null : 0)),
    sectors: {},
  } as unknown as TerritorySeries;
}

const territory = {
  deepstate: series("2023-01-03", 8, 1),
  nzz: series("2023-01-01", 10, 10),
  sectors: [],
  redraws: [],
} as unknown as TerritoryFile;
const index = {
  chunks: [
    { source: "deepstate", file: "map/ds.json", from: iso("2023-01-03"), to: iso("2023-01-10") },
    { source: "nzz", file: "map/nzz.json", from: iso("2023-01-01"), to: iso("2023-01-10") },
  ],
} as unknown as MapIndex;
const base = {
  territory,
  index,
  changes: [],
  range: { from: iso("2023-01-01"), to: iso("2023-01-10") },
  baseShown: iso("2023-01-01"),
  areas: undefined,
};

describe("deriveMapWords", () => {
  it("titles the change with the series' day-to-day gains added up from the range's start to the day", () => {
    const { text } = deriveMapWords({
      ...base,
      state: { ...MAP_DEFAULTS, src: "nzz" },
      day: iso("2023-01-04"),
    });
    expect(text.title).toBe(
      "All Ukraine: Ukraine retook 0 km², Russia took 30 km² in 1 – 4 Jan 2023 (NZZ / liveuamap)",
    );
    expect(text.missingNote).toBeNull();
  });

  it("says when the source shown has no map yet on the day", () => {
    const { text, notes } = deriveMapWords({ ...base, state: MAP_DEFAULTS, day: iso("2023-01-02") });
    expect(text.missingNote).toBe(
      "DeepState's map starts on 3 Jan 2023: no Russian-held area is drawn for it before then.",
    );
    expect(notes).toEqual({ nzzNote: null, nzzWindow: null, dayNotices: [] });
  });
});
