// Splits each territory track into chunks of one calendar quarter: the unit of parallel work and of
// the map's lazily loaded files. Each chunk also names the snapshot before it, so gains and losses
// across a chunk border are measured like any other day.
import type { MultiPolygon, Polygon } from "../../geo/polygons";
import type { Snapshot } from "../../sources/territory-read";
import type { TerritoryTrack } from "../../sources/territory-snapshot";
import { quarterOf } from "./dates";
import type { TrackTask } from "./track";

export interface TrackPlan {
  track: TerritoryTrack;
  snapshots: Snapshot[];
  withChanges: boolean;
  withMap: boolean;
  addPolygons: Polygon[] | null;
  /** The snapshot before `snapshots[0]`, if the track continues an earlier run. */
  previous: Snapshot | null;
  /** See TrackTask.insideLayer and TrackTask.keptLayer. */
  insideLayer?: MultiPolygon | null;
  keptLayer?: MultiPolygon | null;
}

/** `points`: the settlements each task reads its states' status at (place-history.json), or null. */
export function planTasks(
  plans: TrackPlan[],
  boundary: MultiPolygon,
  points: Float64Array | null = null,
): TrackTask[] {
  const tasks: TrackTask[] = [];
  for (const plan of plans) {
    let previous = plan.previous;
    const byQuarter = new Map<string, Snapshot[]>();
    for (const s of plan.snapshots) {
      const q = quarterOf(s.date);
      byQuarter.set(q, [...(byQuarter.get(q) ?? []), s]);
    }
    for (const snapshots of byQuarter.values()) {
      tasks.push({
        id: tasks.length,
        track: plan.track,
        snapshots,
        previous,
        withChanges: plan.withChanges,
        withMap: plan.withMap,
        addPolygons: plan.addPolygons,
        boundary,
        insideLayer: plan.insideLayer ?? null,
        points,
        keptLayer: plan.keptLayer ?? null,
      });
      previous = snapshots.at(-1) ?? previous;
    }
  }
  return tasks;
}
