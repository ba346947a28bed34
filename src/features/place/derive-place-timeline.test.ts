import { describe, expect, it } from "vitest";
import { iso, makePlaceHistory } from "../../data/test-builders";
import { heldFrom, intervalsOf } from "../../lib/place-runs";
import { derivePlaceIndex, nearestPlace, searchPlaces } from "./derive-place-index";
import { derivePlaceTimeline } from "./derive-place-timeline";
import { derivePlaceExport } from "./derive-place-export";
import { disagreementItemText, disagreementText, onDayText, sourceSummary } from "./derive-place-text";

// Tracks (from the builder): layers 1–31 Jan 2023, extract 20 Jan – 28 Feb, NZZ 25 Dec 2022 – 25 Feb.
const file = makePlaceHistory(
  [
    // Taken on 10 Jan (layers), 12 Jan (NZZ); the extract shows it held from its first day.
    {
      name: "Avdiyivka",
      aliases: ["Avdiivka", "Avdeevka"],
      runs: [
        [0, 0, 9, 1],
        [0, 1],
        [0, 0, 18, 1],
      ],
    },
    {
      name: "Novoselivka",
      runs: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      lonLat: [38, 49],
    },
    {
      name: "Novoselivka",
      runs: [
        [0, 2],
        [0, 1],
        [0, 1],
      ],
      region: 1,
    },
    {
      name: "Novoselivka",
      runs: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      region: 1,
    },
  ],
  [
    { from: "2023-01-01", to: "2023-01-31", carried: [[3, 7]] },
    { from: "2023-01-20", to: "2023-02-28" },
    { from: "2022-12-25", to: "2023-02-25", carried: [[1, 1]] },
  ],
);
const index = derivePlaceIndex(file);

describe("place index and search", () => {
  it("gives every place an id from its name and oblast, numbering repeats within an oblast", () => {
    expect(index.map((e) => e.id)).toEqual([
      "avdiyivka-alpha",
      "novoselivka-alpha",
      "novoselivka-beta",
      "novoselivka-beta-2",
    ]);
  });

  it("finds a place by another spelling, folded (case, apostrophes), and says which", () => {
    // The official romanisation (ii, ia) folds onto GeoNames' (iyi, ya): the name itself matches.
    const m = searchPlaces(index, "AVDIIV");
    expect(m.map((x) => [x.entry.id, x.matchedAlias])).toEqual([["avdiyivka-alpha", null]]);
    expect(searchPlaces(index, "Avdi’iv").map((x) => x.entry.id)).toEqual(["avdiyivka-alpha"]);
    expect(searchPlaces(index, "   ")).toEqual([]);
  });

  it("finds a place typed in Cyrillic, Ukrainian or Russian, as GeoNames romanises it", () => {
    expect(searchPlaces(index, "Авдіївка").map((x) => [x.entry.id, x.matchedAlias])).toEqual([
      ["avdiyivka-alpha", null],
    ]);
    expect(searchPlaces(index, "Новоселів").map((x) => x.entry.id)).toEqual([
      "novoselivka-alpha",
      "novoselivka-beta",
      "novoselivka-beta-2",
    ]);
    expect(searchPlaces(index, "Авдеевка").map((x) => [x.entry.id, x.matchedAlias])).toEqual([
      ["avdiyivka-alpha", "Avdeevka"],
    ]);
  });

  it("puts the place the map labels (curated spellings) before a namesake elsewhere", () => {
    const namesakes = derivePlaceIndex(
      makePlaceHistory(
        [
          {
            name: "Avdiyivka",
            runs: [
              [0, 0],
              [0, 0],
              [0, 0],
            ],
          },
          {
            name: "Avdiyivka",
            aliases: ["Avdiivka"],
            runs: [
              [0, 0],
              [0, 0],
              [0, 0],
            ],
            region: 1,
          },
        ],
        [
          { from: "2023-01-01", to: "2023-01-31" },
          { from: "2023-01-20", to: "2023-02-28" },
          { from: "2022-12-25", to: "2023-02-25" },
        ],
      ),
    );
    expect(searchPlaces(namesakes, "Avdiivka").map((x) => x.entry.id)).toEqual([
      namesakes[1]!.id,
      namesakes[0]!.id,
    ]);
  });

  it("lists an exact spelling first, then names starting with the query, then names containing it", () => {
    expect(searchPlaces(index, "avdeevka").map((x) => [x.entry.id, x.matchedAlias])).toEqual([
      ["avdiyivka-alpha", "Avdeevka"],
    ]);
    expect(searchPlaces(index, "iv").map((x) => x.entry.name)).toEqual([
      "Avdiyivka",
      "Novoselivka",
      "Novoselivka",
      "Novoselivka",
    ]);
    expect(searchPlaces(index, "a", 2).map((x) => x.entry.id)).toEqual([
      "avdiyivka-alpha",
      "novoselivka-alpha",
    ]);
  });

  it("snaps a map click to the nearest place within the distance, or to none", () => {
    expect(nearestPlace(index, [38.05, 49.02], 10)?.id).toBe("novoselivka-alpha");
    expect(nearestPlace(index, [39.5, 49.5], 10)).toBeNull();
  });
});

describe("place timeline", () => {
  const t = derivePlaceTimeline(file, index[0]!, iso("2023-01-15"));
  const [layers, extract, nzz] = t.sources;

  it("turns each source's runs into intervals and changes", () => {
    expect(layers!.intervals).toEqual([
      { from: "2023-01-01", to: "2023-01-09", status: "notHeld" },
      { from: "2023-01-10", to: "2023-01-31", status: "held" },
    ]);
    expect(nzz!.changes).toEqual([{ date: "2023-01-12", from: "notHeld", to: "held" }]);
    expect(extract!.changes).toEqual([]);
  });

  it("reads each source's status on the slider's day, or says it has no map then", () => {
    expect([layers!.onDay, extract!.onDay, nzz!.onDay]).toEqual(["held", null, "held"]);
    expect(onDayText(extract!, "2023-01-15")).toBe(
      " has no map on 15 Jan 2023 (its maps run 20 Jan 2023 – 28 Feb 2023); on its first, Russian-held.",
    );
  });

  it("marks a source's stretches without a new map of 3 days or more only", () => {
    expect(layers!.gaps).toEqual([{ from: "2023-01-04", to: "2023-01-08" }]);
    expect(nzz!.gaps).toEqual([]);
  });

  it("finds where DeepState (layers, then the extract) and NZZ disagreed, and for how long", () => {
    expect(t.disagreements).toEqual([
      { from: "2023-01-10", to: "2023-01-11", deepstateHeld: true, deepstateContested: false },
    ]);
    expect(t.disagreeDays).toBe(2);
    expect(t.common).toEqual({ from: "2023-01-01", to: "2023-02-25" });
    expect(disagreementText(t)).toBe(
      "DeepState and NZZ disagreed once, 2 days in all, of their common days 1 Jan 2023 – 25 Feb 2023.",
    );
  });

  it("says a source that never changed held it throughout", () => {
    expect(sourceSummary(extract!)).toBe("Extract: Russian-held throughout (20 Jan 2023 – 28 Feb 2023).");
    expect(sourceSummary(layers!)).toBe(
      "Layers: 1 change, 10 Jan 2023: Russian-held (1 Jan 2023 – 31 Jan 2023).",
    );
  });

  it("exports one row per interval per source, with its days", () => {
    const e = derivePlaceExport(t);
    expect(e.columns).toEqual(["source", "from", "to", "days", "status"]);
    expect(e.rows).toEqual([
      ["Layers", "2023-01-01", "2023-01-09", 9, "not Russian-held"],
      ["Layers", "2023-01-10", "2023-01-31", 22, "Russian-held"],
      ["Extract", "2023-01-20", "2023-02-28", 40, "Russian-held"],
      ["Nzz", "2022-12-25", "2023-01-11", 18, "not Russian-held"],
      ["Nzz", "2023-01-12", "2023-02-25", 45, "Russian-held"],
    ]);
    expect(e.fileStem).toBe("place-avdiyivka-alpha");
  });
});

describe("DeepState's liberated and contested layers", () => {
  // Layers (1–31 Jan): held 1–9, contested 10–14, held 15–19, liberated from 20 Jan.
  // NZZ (25 Dec – 25 Feb): held until 11 Jan, not held from 12 Jan. Extract (from 20 Jan): not held.
  const layered = makePlaceHistory([
    {
      name: "Kupiansk",
      runs: [
        [0, 1, 9, 4, 14, 1, 19, 3],
        [0, 0],
        [0, 1, 18, 0],
      ],
    },
  ]);
  const t = derivePlaceTimeline(layered, derivePlaceIndex(layered)[0]!, iso("2023-01-25"));
  const [layers] = t.sources;

  it("names the new statuses in the changes and on the slider's day", () => {
    expect(layers!.changes).toEqual([
      { date: "2023-01-10", from: "held", to: "contested" },
      { date: "2023-01-15", from: "contested", to: "held" },
      { date: "2023-01-20", from: "held", to: "liberated" },
    ]);
    expect(sourceSummary(layers!)).toBe(
      "Layers: 3 changes; first 10 Jan 2023: contested (status unknown), last 20 Jan 2023: liberated (not Russian-held) (1 Jan 2023 – 31 Jan 2023).",
    );
    expect(onDayText(layers!, "2023-01-25")).toBe(" on 25 Jan 2023: liberated (not Russian-held).");
  });

  it("counts contested as not Russian-held: a disagreement where NZZ says held, none where it says not held", () => {
    // 10–11 Jan: DeepState contested, NZZ held (a disagreement); 12–14 Jan: contested vs not held
    // (none); 15–19 Jan: DeepState held, NZZ not; from 20 Jan liberated vs not held (none).
    expect(t.disagreements).toEqual([
      { from: "2023-01-10", to: "2023-01-11", deepstateHeld: false, deepstateContested: true },
      { from: "2023-01-15", to: "2023-01-19", deepstateHeld: true, deepstateContested: false },
    ]);
    expect(t.disagreeDays).toBe(7);
    expect(t.contestedDisagreeDays).toBe(2);
    expect(disagreementText(t)).toBe(
      "DeepState and NZZ disagreed 2 times, 7 days in all, of their common days 1 Jan 2023 – 25 Feb 2023. " +
        "Of those days, DeepState marked it contested on 2, while NZZ showed it Russian-held (a contested day counts as not Russian-held).",
    );
    expect(t.disagreements.map(disagreementItemText)).toEqual([
      "10 Jan 2023 – 11 Jan 2023: NZZ showed it Russian-held, DeepState marked it contested (status unknown).",
      "15 Jan 2023 – 19 Jan 2023: DeepState showed it Russian-held, NZZ did not.",
    ]);
  });

  it("exports the statuses by name", () => {
    expect(derivePlaceExport(t).rows.slice(0, 4)).toEqual([
      ["Layers", "2023-01-01", "2023-01-09", 9, "Russian-held"],
      ["Layers", "2023-01-10", "2023-01-14", 5, "contested (status unknown)"],
      ["Layers", "2023-01-15", "2023-01-19", 5, "Russian-held"],
      ["Layers", "2023-01-20", "2023-01-31", 12, "liberated (not Russian-held)"],
    ]);
  });

  it("lets a contested stretch end a held one for the ledger's 'took X on D'", () => {
    const runs = intervalsOf([0, 4, 5, 1], { from: iso("2023-01-01"), to: iso("2023-01-31") });
    expect(heldFrom(runs, iso("2023-01-03"))).toEqual({
      firstHeld: "2023-01-06",
      lastNotHeld: "2023-01-05",
      daysAfter: 3,
    });
    const liberated = intervalsOf([0, 3], { from: iso("2023-01-01"), to: iso("2023-01-31") });
    expect(heldFrom(liberated, iso("2023-01-03"))).toBeNull();
  });
});

describe("the day a source first showed a place held (the ledger's rule)", () => {
  const layers = intervalsOf([0, 0, 9, 1], { from: iso("2023-01-01"), to: iso("2023-01-31") });
  it("reads the held stretch covering the day, or the first one after it", () => {
    expect(heldFrom(layers, iso("2023-01-20"))).toEqual({
      firstHeld: "2023-01-10",
      lastNotHeld: "2023-01-09",
      daysAfter: -10,
    });
    expect(heldFrom(layers, iso("2023-01-05"))).toEqual({
      firstHeld: "2023-01-10",
      lastNotHeld: "2023-01-09",
      daysAfter: 5,
    });
  });

  it("joins held-since-2022 and held-before-2022 runs into one stretch, and knows no earlier day", () => {
    const runs = intervalsOf([0, 2, 4, 1], { from: iso("2023-01-01"), to: iso("2023-01-31") });
    expect(heldFrom(runs, iso("2023-01-20"))).toEqual({
      firstHeld: "2023-01-01",
      lastNotHeld: null,
      daysAfter: -19,
    });
    expect(
      heldFrom(intervalsOf([0, 0], { from: iso("2023-01-01"), to: iso("2023-01-31") }), iso("2023-01-20")),
    ).toBeNull();
  });
});
