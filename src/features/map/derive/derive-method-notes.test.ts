import { iso } from "../../../data/test-builders";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { Redraw, TerritorySeries } from "../../../data/schemas/territory";
import {
  deriveDayNotices,
  deriveMapNotes,
  deriveNzzDefinitionNote,
  deriveNzzWindow,
} from "./derive-method-notes";

const change = (over: Partial<MethodChange>): MethodChange => ({
  id: "nzz-2024-01-10-made-up",
  source: "nzz",
  from: iso("2024-01-10"),
  kind: "definition",
  handlingKind: "likeForLike",
  label: "NZZ drops made-up areas",
  what: "Made up.",
  handling: "Drawn like for like.",
  citation: { name: "x", url: "https://example.org/" },
  ...over,
});

describe("the map's notes on method changes", () => {
  it("explains NZZ's definition from the listed change, per definition", () => {
    expect(deriveNzzDefinitionNote([change({})], "likeForLike", "change")).toBe(
      "NZZ like for like: its shape plus the areas held before 2022 as DeepState draws them (Crimea included), so its change of 10 Jan 2024 (NZZ drops made-up areas) is no gain for either side. “As published” shows NZZ's own shape.",
    );
    expect(deriveNzzDefinitionNote([change({})], "asPublished", "change")).toBe(
      "NZZ as published, Crimea added: from 10 Jan 2024 NZZ no longer draws the areas held before 2022, so a range across that day shows them as Ukrainian gains that are a change of definition, not fighting.",
    );
    expect(deriveNzzDefinitionNote(undefined, "likeForLike", "change")).toBeNull();
  });

  it("gives a notice when the slider's day is a listed change or a possible redraw in the box", () => {
    const redraw: Redraw = { date: iso("2024-01-12"), source: "nzz", box: "donetsk", km2: 420, otherKm2: 12 };
    const base = {
      changes: [change({})],
      redraws: [redraw],
      sources: ["nzz"] as const,
      box: "donetsk" as const,
    };
    expect(deriveDayNotices({ ...base, day: iso("2024-01-10") }).map((n) => n.text)).toEqual([
      "10 Jan 2024: NZZ drops made-up areas. Drawn like for like.",
    ]);
    expect(deriveDayNotices({ ...base, day: iso("2024-01-12") }).map((n) => n.text)).toEqual([
      "12 Jan 2024: possible redraw of NZZ / liveuamap's map: 420 km² changed hands in the Donetsk box that day, against 12 km² per DeepState in the days around it.",
    ]);
    expect(deriveDayNotices({ ...base, box: "all", day: iso("2024-01-12") })).toEqual([]);
    expect(deriveDayNotices({ ...base, sources: ["deepstate"], day: iso("2024-01-10") })).toEqual([]);
  });

  it("says which NZZ update the day shows and the window it covers", () => {
    const series = {
      dates: [iso("2024-01-01"), iso("2024-01-02"), iso("2024-01-03")],
      carried: [false, false, true],
      windowFrom: [null, iso("2023-12-28"), null],
    } as unknown as TerritorySeries;
    expect(deriveNzzWindow(series, iso("2024-01-02"))).toBe(
      "NZZ's map of 2 Jan 2024 draws the changes since 28 Dec 2023: NZZ publishes periods, not days.",
    );
    expect(deriveNzzWindow(series, iso("2024-01-03"))).toBe(
      "NZZ's map of 2 Jan 2024 draws the changes since 28 Dec 2023: NZZ publishes periods, not days (NZZ published no new map after it up to 3 Jan 2024).",
    );
    expect(deriveNzzWindow(series, iso("2023-12-31"))).toBeNull();
  });

  it("notes NZZ's definition and update only where NZZ is drawn, and the day's changes of the sources shown", () => {
    const nzz = {
      dates: [iso("2024-01-09"), iso("2024-01-10")],
      carried: [false, false],
      windowFrom: [null, iso("2024-01-07")],
    } as unknown as TerritorySeries;
    const base = {
      mode: "change" as const,
      nzzDef: "likeForLike" as const,
      changes: [change({})],
      redraws: [],
      nzz,
      box: "all" as const,
      day: iso("2024-01-10"),
    };
    expect(deriveMapNotes({ ...base, src: "deepstate" })).toEqual({
      nzzNote: null,
      nzzWindow: null,
      dayNotices: [],
    });
    const compared = deriveMapNotes({ ...base, src: "deepstate", mode: "disagree" });
    expect(compared.nzzNote).toBe(
      "Both sources are compared like for like: NZZ's shape plus the areas held before 2022 as DeepState draws them (NZZ stopped drawing them on 10 Jan 2024), so only real differences show.",
    );
    expect(compared.nzzWindow).toBe(
      "NZZ's map of 10 Jan 2024 draws the changes since 7 Jan 2024: NZZ publishes periods, not days.",
    );
    expect(compared.dayNotices.map((n) => n.text)).toEqual([
      "10 Jan 2024: NZZ drops made-up areas. Drawn like for like.",
    ]);
  });
});
