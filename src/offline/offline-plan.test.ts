import { iso } from "../data/test-builders";
import type { MapChunkRef, MapIndex } from "../data/schemas/map";
import { offlineMapChunks, offlinePlan } from "./offline-plan";

/** A made-up index: each source in quarters of 100 bytes, from 2022-01-01 to 2024-12-31. */
function makeIndex(): MapIndex {
  const chunks: MapChunkRef[] = [];
  for (const source of ["deepstate", "nzz"] as const)
    for (const year of [2022, 2023, 2024])
      for (const [from, to] of [
        ["01-01", "03-31"],
        ["04-01", "06-30"],
        ["07-01", "09-30"],
        ["10-01", "12-31"],
      ])
        chunks.push({
          source,
          file: `map/${source}-${year}-${from}.json`,
          from: iso(`${year}-${from}`),
          to: iso(`${year}-${to}`),
          states: 1,
          bytes: 100,
          gzipBytes: 20,
        });
  return { schemaVersion: 1, sectors: [], simplifyMetres: 100, chunks, notes: [] };
}

// The default range is the year up to the anchor: 2023-11-16 → 2024-11-15.
const ctx = { bounds: { from: iso("2022-01-01"), to: iso("2024-12-31") }, anchor: iso("2024-11-15") };

describe("offlineMapChunks", () => {
  it("saves the default range's chunks of both sources first, newest first", () => {
    const files = offlineMapChunks(makeIndex(), ctx).map((c) => c.file);
    // The default range, 2023-11-16 → 2024-11-15, touches five quarters of each source.
    expect(files.slice(0, 10)).toEqual([
      "map/deepstate-2024-10-01.json",
      "map/nzz-2024-10-01.json",
      "map/deepstate-2024-07-01.json",
      "map/nzz-2024-07-01.json",
      "map/deepstate-2024-04-01.json",
      "map/nzz-2024-04-01.json",
      "map/deepstate-2024-01-01.json",
      "map/nzz-2024-01-01.json",
      "map/deepstate-2023-10-01.json",
      "map/nzz-2023-10-01.json",
    ]);
  });

  it("then the chunks each preset opens on, each chunk once", () => {
    const files = offlineMapChunks(makeIndex(), ctx).map((c) => c.file);
    // "All" starts on 2022-01-01 and ends on 2024-12-31; the 2023 counteroffensive runs
    // 2023-06-04 → 2023-11-30; the relative presets end on the anchor, inside the default range.
    expect(files.slice(10).sort()).toEqual(
      [
        "map/deepstate-2022-01-01.json",
        "map/nzz-2022-01-01.json",
        "map/deepstate-2023-04-01.json",
        "map/nzz-2023-04-01.json",
      ].sort(),
    );
    expect(new Set(files).size).toBe(files.length);
  });

  it("stays within the budget, keeping the default range's chunks first", () => {
    const files = offlineMapChunks(makeIndex(), ctx, 450).map((c) => c.file);
    expect(files).toEqual([
      "map/deepstate-2024-10-01.json",
      "map/nzz-2024-10-01.json",
      "map/deepstate-2024-07-01.json",
      "map/nzz-2024-07-01.json",
    ]);
  });

  it("puts the manifest's core files before the chunks", () => {
    const manifest = { files: [{ path: "losses.json" }, { path: "map/index.json" }] };
    const plan = offlinePlan(manifest, makeIndex(), ctx);
    expect(plan.slice(0, 3)).toEqual(["losses.json", "map/index.json", "map/deepstate-2024-10-01.json"]);
    expect(plan).toHaveLength(2 + 14);
  });
});
