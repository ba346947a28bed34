// The committed place-history.json against the raw shapes themselves: for three well-known towns,
// each source's first Russian-held day in the file is a snapshot whose own polygons hold the town,
// and the source's snapshot before it does not (raw, unclipped polygons read here, tested with the
// shared point-in-polygon rule; no figure of the data is typed here, only the towns' names). And for
// two towns, DeepState's first liberated / contested run against the layers of that day's raw file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { placeHistoryFileSchema } from "../src/data/schemas/place-history";
import { multiPolygonContains } from "../src/lib/geometry";
import type { Polygon } from "../src/lib/geometry";
import { intervalsOf, isHeld, placeIds } from "../src/lib/place-runs";
import { keyByOwnDate, readNzzHead } from "./sources/territory-nzz-dates";
import { listDailySnapshots, type Snapshot } from "./sources/territory-read";
import { readSnapshotPolygons, type TerritoryTrack } from "./sources/territory-snapshot";

const DATA = join(import.meta.dirname, "../public/data");
const RAW = process.env.RAW_DATA_DIR ?? join(import.meta.dirname, "../../shared/data");
const TOWNS = ["avdiyivka-donetsk", "bakhmut-donetsk", "vuhledar-donetsk"];
/** Towns DeepState's layers show liberated (Kherson, November 2022) and contested (Bakhmut, 2023) at some point. */
const LAYER_TOWNS = [
  { town: "kherson-kherson", status: "liberated" },
  { town: "bakhmut-donetsk", status: "contested" },
] as const;

/** In one of the polygons (the union of a layer's features; they may overlap). */
const inAny = (polygons: Polygon[] | null, at: [number, number]) =>
  (polygons ?? []).some((p) => multiPolygonContains([p], at));

const snapshotsOf: Record<TerritoryTrack, () => Snapshot[]> = {
  "deepstate-history": () => listDailySnapshots(join(RAW, "territory/deepstate"), ".geojson.gz"),
  "deepstate-occupied": () => listDailySnapshots(join(RAW, "territory/deepstate-occupied"), ".geojson.gz"),
  nzz: () => keyByOwnDate(listDailySnapshots(join(RAW, "territory/nzz"), ".json.gz"), readNzzHead).snapshots,
};

describe.runIf(existsSync(join(DATA, "place-history.json")) && existsSync(join(RAW, "territory")))(
  "built place-history.json against the raw snapshots",
  () => {
    const file = placeHistoryFileSchema.parse(
      JSON.parse(readFileSync(join(DATA, "place-history.json"), "utf8")),
    );
    const ids = placeIds(file);

    it("lists the three towns", () => {
      expect(TOWNS.map((t) => ids.includes(t))).toEqual([true, true, true]);
    });

    for (const [k, track] of file.tracks.entries())
      it(`${track.id}: each town's first Russian-held day holds it in the raw shape, the snapshot before does not`, () => {
        const snapshots = snapshotsOf[track.id]();
        const held = (s: Snapshot, at: [number, number]) =>
          multiPolygonContains(readSnapshotPolygons(track.id, s.file).occupied, at);
        for (const town of TOWNS) {
          const row = ids.indexOf(town);
          const at = file.places.lonLat[row]!;
          const intervals = intervalsOf(file.places.runs[k]![row]!, track);
          const first = intervals.find((i) => isHeld(i.status))!;
          expect(first, `${town} is held on ${track.id} at some point`).toBeDefined();
          // The snapshot of that day (NZZ: by its own map date) and the one before it.
          const i = snapshots.findIndex((s) => s.date === first.from);
          expect(i, `${town}: a ${track.id} snapshot on ${first.from}`).toBeGreaterThanOrEqual(0);
          expect(held(snapshots[i]!, at), `${town} held on ${first.from}`).toBe(true);
          if (first.from > track.from)
            expect(held(snapshots[i - 1]!, at), `${town} before ${first.from}`).toBe(false);
        }
      });

    for (const { town, status } of LAYER_TOWNS)
      it(`deepstate-history: ${town}'s first ${status} run is that layer, not the occupied ones, in the raw file of its first day`, () => {
        const k = file.tracks.findIndex((t) => t.id === "deepstate-history");
        const track = file.tracks[k]!;
        const snapshots = snapshotsOf[track.id]();
        const row = ids.indexOf(town);
        const at = file.places.lonLat[row]!;
        // A raw day's status by the file's rule: occupied (either layer) wins, contested over liberated.
        const rawStatus = (s: Snapshot) => {
          const p = readSnapshotPolygons(track.id, s.file);
          if (inAny(p.occupied, at)) return inAny(p.before2022, at) ? "heldBefore2022" : "held";
          return inAny(p.contested, at) ? "contested" : inAny(p.liberated, at) ? "liberated" : "notHeld";
        };
        const intervals = intervalsOf(file.places.runs[k]![row]!, track);
        const j = intervals.findIndex((i) => i.status === status);
        expect(j, `${town} is ${status} at some point`).toBeGreaterThan(0);
        const run = intervals[j]!;
        const i = snapshots.findIndex((s) => s.date === run.from);
        expect(i, `${town}: a snapshot on ${run.from}`).toBeGreaterThan(0);
        expect(rawStatus(snapshots[i]!), `${town} on ${run.from}`).toBe(status);
        expect(rawStatus(snapshots[i - 1]!), `${town} before ${run.from}`).toBe(intervals[j - 1]!.status);
        // The run's last snapshot day still draws it so.
        const last = snapshots.filter((s) => s.date <= run.to).at(-1)!;
        expect(rawStatus(last), `${town} on ${last.date}`).toBe(status);
      });
  },
);
