// One settlement's control timeline, per source: its intervals, its changes (first and last), the
// stretches without a snapshot, its status on the slider's day, and where DeepState and NZZ
// disagreed. Pure: the panel draws what this returns.
import type { IsoDate } from "../../data/schemas/common";
import type { PlaceHistoryFile, PlaceStatus, PlaceTrack } from "../../data/schemas/place-history";
import { addDays, diffDays } from "../../lib/dates";
import { intervalsOf, isHeld, statusOn, type StatusInterval } from "../../lib/place-runs";
import type { PlaceEntry } from "./derive-place-index";

/** A stretch without a new snapshot shorter than this is not marked (a source skipping a day or two). */
export const GAP_MARK_DAYS = 3;

export interface PlaceChange {
  date: IsoDate;
  from: PlaceStatus;
  to: PlaceStatus;
}

export interface SourceTimeline {
  track: PlaceTrack;
  label: string;
  from: IsoDate;
  to: IsoDate;
  intervals: StatusInterval[];
  changes: PlaceChange[];
  /** Runs of ≥ GAP_MARK_DAYS days without a snapshot (the last one carried). */
  gaps: { from: IsoDate; to: IsoDate }[];
  /** Status on the slider's day; null outside the source's days. */
  onDay: PlaceStatus | null;
}

export interface Disagreement {
  from: IsoDate;
  to: IsoDate;
  /** True: DeepState showed it Russian-held and NZZ did not; false: the other way round. */
  deepstateHeld: boolean;
  /**
   * NZZ showed it Russian-held while DeepState's layers marked it contested (status unknown): a
   * contested day is not Russian-held, so it disagrees with a source that says held, and agrees
   * with one that says not held.
   */
  deepstateContested: boolean;
}

export interface PlaceTimeline {
  entry: PlaceEntry;
  sources: SourceTimeline[];
  /** DeepState (its layers while they last, then its daily extract) against NZZ, on their common days. */
  disagreements: Disagreement[];
  disagreeDays: number;
  /** Of `disagreeDays`, those on which DeepState's layers marked the place contested. */
  contestedDisagreeDays: number;
  /** The days both cover. */
  common: { from: IsoDate; to: IsoDate } | null;
}

function changesOf(intervals: readonly StatusInterval[]): PlaceChange[] {
  return intervals.slice(1).map((i, k) => ({ date: i.from, from: intervals[k]!.status, to: i.status }));
}

/** DeepState as territory.json reads it: the layers through their last day, then the daily extract. */
function deepstateIntervals(layers: SourceTimeline, extract: SourceTimeline): StatusInterval[] {
  const after = extract.intervals
    .filter((i) => i.to > layers.to)
    .map((i) => (i.from <= layers.to ? { ...i, from: addDays(layers.to, 1) } : i));
  return [...layers.intervals, ...after];
}

/**
 * Days on which one source shows the place held and the other does not, as intervals (`a` is
 * DeepState). Liberated and contested count as not held (isHeld), so DeepState's "contested" against
 * NZZ's "held" is a disagreement (marked `deepstateContested`), against NZZ's "not held" none.
 */
export function disagreementsOf(a: readonly StatusInterval[], b: readonly StatusInterval[]): Disagreement[] {
  const out: Disagreement[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const from = x.from > y.from ? x.from : y.from;
    const to = x.to < y.to ? x.to : y.to;
    if (from <= to && isHeld(x.status) !== isHeld(y.status)) {
      const last = out.at(-1);
      const deepstateHeld = isHeld(x.status);
      const deepstateContested = x.status === "contested";
      if (
        last &&
        last.deepstateHeld === deepstateHeld &&
        last.deepstateContested === deepstateContested &&
        addDays(last.to, 1) === from
      )
        last.to = to;
      else out.push({ from, to, deepstateHeld, deepstateContested });
    }
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

export function derivePlaceTimeline(file: PlaceHistoryFile, entry: PlaceEntry, day: IsoDate): PlaceTimeline {
  const sources = file.tracks.map((track, k): SourceTimeline => {
    const intervals = intervalsOf(file.places.runs[k]![entry.row]!, track);
    const source = file.sources.find((s) => s.id === track.id);
    return {
      track: track.id,
      label: source?.shortName ?? source?.name ?? track.id,
      from: track.from,
      to: track.to,
      intervals,
      changes: changesOf(intervals),
      gaps: track.carried
        .filter(([a, b]) => b - a + 1 >= GAP_MARK_DAYS)
        .map(([a, b]) => ({ from: addDays(track.from, a), to: addDays(track.from, b) })),
      onDay: day < track.from || day > track.to ? null : statusOn(intervals, day),
    };
  });
  const layers = sources.find((s) => s.track === "deepstate-history");
  const extract = sources.find((s) => s.track === "deepstate-occupied");
  const nzz = sources.find((s) => s.track === "nzz");
  if (!layers || !extract || !nzz)
    return { entry, sources, disagreements: [], disagreeDays: 0, contestedDisagreeDays: 0, common: null };
  const deepstate = deepstateIntervals(layers, extract);
  const disagreements = disagreementsOf(deepstate, nzz.intervals);
  const from = layers.from > nzz.from ? layers.from : nzz.from;
  const to = extract.to < nzz.to ? extract.to : nzz.to;
  const days = (list: readonly Disagreement[]) => list.reduce((n, d) => n + diffDays(d.to, d.from) + 1, 0);
  return {
    entry,
    sources,
    disagreements,
    disagreeDays: days(disagreements),
    contestedDisagreeDays: days(disagreements.filter((d) => d.deepstateContested)),
    common: from <= to ? { from, to } : null,
  };
}

export const STATUS_LABEL: Record<PlaceStatus, string> = {
  notHeld: "not Russian-held",
  held: "Russian-held",
  heldBefore2022: "Russian-held (before 2022)",
  liberated: "liberated (not Russian-held)",
  contested: "contested (status unknown)",
};
