// Reading a settlement's runs of days (public/data/place-history.json) on one source's track: who
// held it on a day, its intervals, and the day a source first showed it held. The place panel and
// the claims ledger ask these questions with the same functions.
import type { IsoDate } from "../data/schemas/common";
import type { PlaceHistoryFile, PlaceStatus, PlaceTrackInfo } from "../data/schemas/place-history";
import { PLACE_STATUS } from "../data/schemas/place-history";
import { addDays, diffDays } from "./dates";
import { normalisePlaceName } from "./place-names";

const slug = (s: string) =>
  normalisePlaceName(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Each settlement's id, in file order: its name and oblast ("bakhmut-donetsk"); a second place of
 * that name in the oblast gets "-2", and so on. The URL's ?place= and the claims ledger use it.
 */
export function placeIds(file: Pick<PlaceHistoryFile, "places" | "regions">): string[] {
  const seen = new Map<string, number>();
  return file.places.name.map((name, row) => {
    const base = `${slug(name)}-${slug(file.regions[file.places.region[row]!] ?? "")}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export interface StatusInterval {
  from: IsoDate;
  to: IsoDate;
  status: PlaceStatus;
}

/**
 * Russian-held (since 2022 or before): what "who held it" and "took X on D" count. DeepState's
 * "liberated" and "contested" layers are not held (a contested day breaks a held stretch).
 */
export const isHeld = (status: PlaceStatus): boolean => status === "held" || status === "heldBefore2022";

/** The runs `[offset, status, …]` of one place on a track, as intervals covering the track's days. */
export function intervalsOf(
  runs: readonly number[],
  track: Pick<PlaceTrackInfo, "from" | "to">,
): StatusInterval[] {
  const out: StatusInterval[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const next = runs[k + 2];
    out.push({
      from: addDays(track.from, runs[k]!),
      to: next === undefined ? track.to : addDays(track.from, next - 1),
      status: PLACE_STATUS[runs[k + 1]!] ?? "notHeld",
    });
  }
  return out;
}

/** The status on `day`, or null when the track does not cover it. */
export function statusOn(intervals: readonly StatusInterval[], day: IsoDate): PlaceStatus | null {
  return intervals.find((i) => i.from <= day && day <= i.to)?.status ?? null;
}

export interface HeldFrom {
  /** The first day of the held stretch that covers `day`, or of the first one after it. */
  firstHeld: IsoDate;
  /** The day before it, when the track shows the place not held then (null: held from its first day). */
  lastNotHeld: IsoDate | null;
  /** firstHeld − day, in days: ≤ 0 when the source showed it held by `day`. */
  daysAfter: number;
}

/**
 * From which day a source showed the place Russian-held, read around `day` ("took X on D"): the
 * held stretch covering D, else the first one after D; null if the source never shows it held then.
 */
export function heldFrom(intervals: readonly StatusInterval[], day: IsoDate): HeldFrom | null {
  const covering = intervals.find((i) => i.from <= day && day <= i.to && isHeld(i.status));
  const stretch = covering ?? intervals.find((i) => i.from > day && isHeld(i.status));
  if (!stretch) return null;
  // A stretch can be several held intervals in a row (since 2022, then in the before-2022 layer).
  let start = stretch.from;
  for (let k = intervals.indexOf(stretch) - 1; k >= 0 && isHeld(intervals[k]!.status); k--)
    start = intervals[k]!.from;
  const first = intervals[0]!.from;
  return {
    firstHeld: start,
    lastNotHeld: start > first ? addDays(start, -1) : null,
    daysAfter: diffDays(start, day),
  };
}
