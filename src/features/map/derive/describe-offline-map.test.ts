import { iso } from "../../../data/test-builders";
import type { MapChunkRef, MapIndex } from "../../../data/schemas/map";
import { describeOfflineMapGap } from "./describe-offline-map";

/** ICU puts thin spaces around the dash of a date range. */
const to = " – ";

const ref = (source: "deepstate" | "nzz", from: string, to: string): MapChunkRef => ({
  source,
  file: `map/${source}-${from}.json`,
  from: iso(from),
  to: iso(to),
  states: 1,
  bytes: 100,
  gzipBytes: 20,
});
const index: MapIndex = {
  schemaVersion: 1,
  sectors: [],
  simplifyMetres: 100,
  notes: [],
  chunks: [
    ref("deepstate", "2024-01-01", "2024-03-31"),
    ref("deepstate", "2024-04-01", "2024-06-30"),
    ref("deepstate", "2024-07-01", "2024-09-30"),
    ref("deepstate", "2024-10-01", "2024-12-31"),
    ref("nzz", "2024-01-02", "2024-04-01"),
    ref("nzz", "2024-04-02", "2024-07-01"),
  ],
};

describe("describeOfflineMapGap", () => {
  it("names the days the map needs and does not have, per source", () => {
    const gap = describeOfflineMapGap(
      index,
      ["map/deepstate-2024-07-01.json", "map/nzz-2024-01-02.json", "map/nzz-2024-04-02.json"],
      [],
    );
    expect(gap.missing).toEqual([
      `1 Jul${to}30 Sept 2024 (DeepState)`,
      `2 Jan${to}1 Jul 2024 (NZZ / liveuamap)`,
    ]);
    expect(gap.saved).toEqual([]);
  });

  it("joins saved chunks that follow one another, per source", () => {
    const gap = describeOfflineMapGap(
      index,
      [],
      [
        "map/deepstate-2024-10-01.json",
        "map/deepstate-2024-01-01.json",
        "map/deepstate-2024-04-01.json",
        "map/nzz-2024-04-02.json",
        "losses.json",
      ],
    );
    expect(gap.saved).toEqual([
      `DeepState: 1 Jan${to}30 Jun 2024, 1 Oct${to}31 Dec 2024`,
      `NZZ / liveuamap: 2 Apr${to}1 Jul 2024`,
    ]);
  });
});
