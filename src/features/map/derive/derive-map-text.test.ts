import { iso } from "../../../data/test-builders";
import { describeHeldPlace, deriveMapText, totalAsItem, type MapTextInput } from "./derive-map-text";

/** A made-up view: a week in March 2024, DeepState in change mode, all of Ukraine, still measuring. */
const input = (over: Partial<MapTextInput> = {}): MapTextInput => ({
  mode: "change",
  src: "deepstate",
  map: "all",
  sectorName: undefined,
  range: { from: iso("2024-03-04"), to: iso("2024-03-10") },
  day: iso("2024-03-08"),
  baseShown: iso("2024-03-03"),
  added: { gained: 12.34, lost: 0.5 },
  areas: undefined,
  nzzNote: null,
  missing: [],
  ...over,
});

const areas = { aKm2: 1000.4, bKm2: 1010.6, bothKm2: 990.2, bOnlyKm2: 20.4, aOnlyKm2: 10.2 };

describe("deriveMapText", () => {
  it("titles the change with what each side took between the range's start and the day", () => {
    const t = deriveMapText(input());
    expect(t.title).toBe(
      "All Ukraine: Ukraine retook 0.5 km², Russia took 12.3 km² in 4 – 8 Mar 2024 (DeepState)",
    );
    expect(t.subtitle).toBe("4 – 10 Mar 2024; day shown 8 Mar 2024");
    expect(t.totalsCaption).toBe("Day-to-day changes added up, 4 – 8 Mar 2024 (as the weekly bars):");
    expect(t.totals).toEqual([
      { id: "ru-added", label: "Taken by Russia", km2: 12.34 },
      { id: "ukr-added", label: "Retaken by Ukraine", km2: 0.5 },
    ]);
  });

  it("says what the title counts when the series has no figure for the window", () => {
    const t = deriveMapText(input({ src: "nzz", added: { gained: null, lost: 3 }, map: "bakhmut" }));
    expect(t.title).toBe("Bakhmut: ground taken by each side in 4 – 8 Mar 2024 (NZZ / liveuamap)");
    expect(totalAsItem(t.totals[0]!)).toEqual({
      id: "ru-added",
      label: "Taken by Russia",
      fill: "",
      km2: undefined,
    });
  });

  it("labels the legend's layers with both days, and leaves their km² out while measuring", () => {
    const t = deriveMapText(input({ map: "donetsk", sectorName: "Made-up Donetsk" }));
    expect(t.legendCaption).toBe(
      "DeepState, the map of 8 Mar 2024 against 3 Mar 2024, km² in the Made-up Donetsk box:",
    );
    expect(t.legendItems.map((i) => [i.label, i.km2])).toEqual([
      ["Net Russian gains: held on 8 Mar 2024, not on 3 Mar 2024", undefined],
      ["Net Ukrainian gains: held on 3 Mar 2024, not on 8 Mar 2024", undefined],
      ["Held by Russia on both days", undefined],
      ["All Russian-held on 8 Mar 2024 (outlined)", undefined],
    ]);
    expect(t.areaName).toBe("the Made-up Donetsk box");
    expect(t.exportSource).toBe("DeepState");
  });

  it("puts each measured layer's km² on its own row: gains are b only and a only", () => {
    const t = deriveMapText(input({ areas }));
    expect(t.legendItems.map((i) => [i.id, i.km2])).toEqual([
      ["ru-gain", 20.4],
      ["ukr-gain", 10.2],
      ["held-both", 990.2],
      ["held-day", 1010.6],
    ]);
  });

  it("words the comparison of the two sources, with the km² only one of them holds", () => {
    const measuring = deriveMapText(input({ mode: "disagree" }));
    expect(measuring.title).toBe("All Ukraine on 8 Mar 2024: where DeepState and NZZ differ");
    const t = deriveMapText(input({ mode: "disagree", areas, map: "zaporizhzhia", sectorName: "Z" }));
    expect(t.title).toBe(
      "Zaporizhzhia front on 8 Mar 2024: 10 km² Russian-held per DeepState only, 20 km² per NZZ only",
    );
    expect(t.legendCaption).toBe("DeepState vs NZZ on 8 Mar 2024, km² in the Z box:");
    expect(t.legendItems.map((i) => [i.label, i.km2])).toEqual([
      ["Russian-held per DeepState only", 10.2],
      ["Russian-held per NZZ only", 20.4],
      ["Russian-held per both", 990.2],
    ]);
    expect(t.totals).toEqual([]);
    expect(t.exportSource).toBe("DeepState vs NZZ");
    expect(t.summary).toBe(
      "Map of Ukraine: where DeepState and NZZ differ on 8 Mar 2024, Zaporizhzhia front. Figures are in the legend.",
    );
  });

  it("names the source and both days in the summary read by screen readers", () => {
    expect(deriveMapText(input()).summary).toBe(
      "Map of Ukraine: Russian-held area per DeepState on 8 Mar 2024 and the change since 4 Mar 2024, All Ukraine. Figures are in the legend.",
    );
  });

  it("adds NZZ's note after the mode's note", () => {
    const t = deriveMapText(input({ mode: "disagree", nzzNote: "NZZ is made up here." }));
    expect(t.note).toBe(
      "The two sources trace the line independently; they differ most where the front moves or is contested. NZZ is made up here.",
    );
    expect(deriveMapText(input()).note).toMatch(
      /^The title adds up the day-to-day changes of the range's days,/,
    );
  });

  it("says which sources have no map yet on the day, and nothing when all have", () => {
    expect(deriveMapText(input()).missingNote).toBeNull();
    const t = deriveMapText(
      input({
        mode: "disagree",
        missing: [
          { source: "deepstate", first: iso("2024-03-09") },
          { source: "nzz", first: iso("2024-03-12") },
        ],
      }),
    );
    expect(t.missingNote).toBe(
      "DeepState's map starts on 9 Mar 2024; NZZ / liveuamap's map starts on 12 Mar 2024: no Russian-held area is drawn for it before then.",
    );
  });
});

describe("describeHeldPlace", () => {
  it("says per source who held the place, or why it cannot say", () => {
    expect(describeHeldPlace("Madeupivka", iso("2024-03-08"), { deepstate: true, nzz: false })).toBe(
      "Madeupivka, 8 Mar 2024. Held by DeepState: Russia; NZZ: Ukraine",
    );
    expect(
      describeHeldPlace("Madeupivka", iso("2024-03-08"), { deepstate: "loading", nzz: "no map yet" }),
    ).toBe("Madeupivka, 8 Mar 2024. Held by DeepState: loading; NZZ: no map yet");
  });
});
