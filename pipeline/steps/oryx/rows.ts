// Row-level cleaning of the Oryx history: which rows are types, which are summaries, duplicates or
// broken. Pure functions, unit-tested in rows.test.ts.
import type { OryxType } from "../../../src/data/schemas/oryx";
import {
  normaliseTypeName,
  ORYX_STATUSES,
  ORYX_TYPE_NAMES,
  type OryxRow,
  type OryxStatus,
} from "../../sources/oryx";
import { RawDataError } from "../../types";

export interface TypedRow extends OryxRow {
  /** Stable key, or null for a known type the dashboard does not chart. */
  key: OryxType | null;
  /** Series identity: country + normalised Oryx name (renames are separate series). */
  series: string;
}

export interface Rejection {
  row: OryxRow;
  kind: "summary" | "duplicate" | "broken";
  reason: string;
}

/**
 * Summary lines such as "Losses excluding Recon Drones and Trucks - 17594, of which: …" and the two
 * halves of a row whose name was split ("Infantry Fighting Vehicles (1849, of which … cap" +
 * "tured: 569)") embed numbers in the name: they are not types and are dropped. Any other unknown name
 * fails the build naming the file, so a new Oryx type is mapped on purpose rather than lost.
 */
export function classifyRows(file: string, rows: OryxRow[]): { typed: TypedRow[]; rejected: Rejection[] } {
  const typed: TypedRow[] = [];
  const rejected: Rejection[] = [];
  for (const row of rows) {
    if (/\d/.test(row.name)) {
      rejected.push({
        row,
        kind: "summary",
        reason: "name embeds numbers (a summary line or a split name), not a type",
      });
      continue;
    }
    const normalised = normaliseTypeName(row.name);
    if (!(normalised in ORYX_TYPE_NAMES)) {
      throw new RawDataError(
        file,
        `line ${row.line}: unknown Oryx type "${row.name}" (map it in pipeline/sources/oryx.ts)`,
      );
    }
    typed.push({ ...row, key: ORYX_TYPE_NAMES[normalised] ?? null, series: `${row.country}|${normalised}` });
  }
  return { typed, rejected };
}

function bySnapshot<T extends OryxRow>(a: T, b: T): number {
  return a.snapshot < b.snapshot ? -1 : a.snapshot > b.snapshot ? 1 : a.line - b.line;
}

function groupBySeries(rows: TypedRow[]): Map<string, TypedRow[]> {
  const out = new Map<string, TypedRow[]>();
  for (const row of [...rows].sort(bySnapshot)) {
    const list = out.get(row.series);
    if (list) list.push(row);
    else out.set(row.series, [row]);
  }
  return out;
}

/**
 * A snapshot with two rows of the same type (Ukraine "Infantry Mobility Vehicles", 2022-05-29 →
 * 06-12, the second one a mis-titled section): keep the row whose total is closest to the series'
 * previous snapshot, reject the others.
 */
export function rejectDuplicates(rows: TypedRow[]): { kept: TypedRow[]; rejected: Rejection[] } {
  const kept: TypedRow[] = [];
  const rejected: Rejection[] = [];
  for (const series of groupBySeries(rows).values()) {
    let previous: TypedRow | undefined;
    for (let i = 0; i < series.length;) {
      const first = series[i];
      if (!first) break;
      let j = i;
      while (series[j]?.snapshot === first.snapshot) j++;
      const same = series.slice(i, j);
      const ref = previous?.counts.total;
      const best = same.reduce((a, b) =>
        ref !== undefined && Math.abs(b.counts.total - ref) < Math.abs(a.counts.total - ref) ? b : a,
      );
      kept.push(best);
      for (const other of same) {
        if (other === best) continue;
        rejected.push({
          row: other,
          kind: "duplicate",
          reason: `second "${other.name}" row in this snapshot (total ${other.counts.total}); kept the one with total ${best.counts.total}, closest to the previous snapshot${ref === undefined ? "" : ` (${ref})`}`,
        });
      }
      previous = best;
      i = j;
    }
  }
  return { kept, rejected };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** How far a cumulative count may sit from its neighbours' median before it is "contradicted". */
function tolerance(reference: number): number {
  return Math.max(5, 0.2 * reference);
}

/** Neighbours considered on each side when judging a row (in the same country and type). */
export const NEIGHBOURS = 3;

/**
 * A row is broken when
 * - its status counts do not add up to its total; or
 * - it is all zeros while the previous snapshot of the same type was not (e.g. 0,0,0,0,0); or
 * - one of its counts contradicts BOTH sides: it differs from the median of the previous 3 snapshots
 *   and from the median of the next 3 by more than max(5, 20 %), in the same direction. That catches
 *   scraper glitches with a digit lost or doubled (Russia "All Types" 1,115 between 1,986 and 2,019;
 *   Ukraine recon UAVs 1,950 between 287 and 296) while a genuine step (a reclassification, a type
 *   split) agrees with one side and is kept.
 */
export function rejectBrokenRows(rows: TypedRow[]): { kept: TypedRow[]; rejected: Rejection[] } {
  const kept: TypedRow[] = [];
  const rejected: Rejection[] = [];
  for (const series of groupBySeries(rows).values()) {
    series.forEach((row, i) => {
      const reason = brokenReason(
        row,
        series.slice(Math.max(0, i - NEIGHBOURS), i),
        series.slice(i + 1, i + 1 + NEIGHBOURS),
      );
      if (reason) rejected.push({ row, kind: "broken", reason });
      else kept.push(row);
    });
  }
  return { kept, rejected };
}

function brokenReason(row: TypedRow, before: TypedRow[], after: TypedRow[]): string | undefined {
  const c = row.counts;
  if (c.destroyed + c.damaged + c.abandoned + c.captured !== c.total) {
    return `statuses add up to ${c.destroyed + c.damaged + c.abandoned + c.captured}, not the total ${c.total}`;
  }
  const previous = before[before.length - 1];
  if (c.total === 0 && previous && previous.counts.total > 0) {
    return `all zeros while the previous snapshot had ${previous.counts.total}`;
  }
  if (before.length === 0 || after.length === 0) return undefined;
  const contradicted = ORYX_STATUSES.filter((status: OryxStatus) => {
    const v = c[status];
    const p = median(before.map((r) => r.counts[status]));
    const n = median(after.map((r) => r.counts[status]));
    return (
      Math.abs(v - p) > tolerance(p) &&
      Math.abs(v - n) > tolerance(n) &&
      Math.sign(v - p) === Math.sign(v - n)
    );
  });
  if (contradicted.length === 0) return undefined;
  return contradicted
    .map(
      (s) =>
        `${s} ${c[s]} vs ${median(before.map((r) => r.counts[s]))} before and ${median(after.map((r) => r.counts[s]))} after`,
    )
    .join("; ")
    .concat(" (median of neighbouring snapshots): contradicts both sides");
}
