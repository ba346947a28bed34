// The Oryx step's derived series, apart from oryx.ts (which builds them) so the measures module can
// name the type without an import cycle.
import type { IsoDate } from "../../../src/data/schemas/common";
import type { OryxCountry, OryxStatusSeries, OryxType } from "../../../src/data/schemas/oryx";
import type { Rejection, TypedRow } from "./rows";

export interface DerivedOryx {
  dates: IsoDate[];
  /** The like-for-like series (the default): every day counts the same kinds of equipment. */
  countries: Record<OryxCountry, Record<OryxType, OryxStatusSeries>>;
  /** As published, for the keys whose like-for-like series differ (empty when none do). */
  asPublished: Record<OryxCountry, Partial<Record<OryxType, OryxStatusSeries>>>;
  rejected: Rejection[];
  /** (day, country, type) set to null because a row it is read from was broken that day. */
  nulledByRejection: string[];
  /** Snapshots read and days with more than one snapshot. */
  snapshotCount: number;
  multiSnapshotDays: number;
  typed: TypedRow[];
  /** The typed rows left after duplicates were rejected (a repeated row counted once). */
  kept: TypedRow[];
}
