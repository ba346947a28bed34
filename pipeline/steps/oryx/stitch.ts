// Joining the Oryx history (scarnecchia/oryx_data, to 2025-07-19) and the daily files that continue
// it (leedrake5/Russia-Ukraine, 2025-07-19 →) into one list of rows. Pure, unit-tested in
// stitch.test.ts.
//
// The rule, one for every day: the history is read up to its last day; the daily files from the day
// after it. A day that has both (2025-07-19 in ../shared/data) uses the history's snapshot, and the
// daily file must hold the same rows with the same counts, or the build fails naming both files. A
// daily file before the history's last day, on a day the history has no snapshot, is not read (a
// second source inside the history's span would change which days it has).
import type { OryxDailyFile } from "../../sources/oryx-daily";
import { normaliseTypeName, ORYX_STATUSES, type OryxRow } from "../../sources/oryx";
import { RawDataError } from "../../types";

export interface StitchedOryx {
  rows: OryxRow[];
  /** The history's last day, and the first day read from the daily files (null: none after it). */
  historyLast: string;
  dailyFrom: string | null;
  /** Days with both, checked equal. */
  overlap: { day: string; historyFile: string; dailyFile: string }[];
  /** Daily files inside the history's span on days it has no snapshot: not read. */
  unused: string[];
}

const rowKey = (r: OryxRow) => `${r.country} "${normaliseTypeName(r.name)}"`;
const countsText = (r: OryxRow) => ORYX_STATUSES.map((s) => `${s} ${r.counts[s]}`).join(", ");

/** Each row key → its counts (sorted, so a repeated row is compared as a repeated row). */
function byKey(rows: readonly OryxRow[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(rowKey(r));
    if (list) list.push(countsText(r));
    else out.set(rowKey(r), [countsText(r)]);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** The first row where two snapshots of one day differ, in words; null when they hold the same rows. */
export function firstDifference(history: readonly OryxRow[], daily: readonly OryxRow[]): string | null {
  const h = byKey(history);
  const d = byKey(daily);
  for (const [key, counts] of h) {
    const other = d.get(key);
    if (!other) return `${key} is in the history but not in the daily file`;
    if (counts.join(" | ") !== other.join(" | "))
      return `${key}: history ${counts.join(" | ")}; daily file ${other.join(" | ")}`;
  }
  for (const key of d.keys()) if (!h.has(key)) return `${key} is in the daily file but not in the history`;
  return null;
}

export function stitchOryx(history: readonly OryxRow[], daily: readonly OryxDailyFile[]): StitchedOryx {
  // The last snapshot of each day (the day's value, as lastSnapshotPerDay picks it).
  const lastSnapshot = new Map<string, string>();
  for (const r of history) {
    const day = r.snapshot.slice(0, 10);
    const seen = lastSnapshot.get(day);
    if (!seen || r.snapshot > seen) lastSnapshot.set(day, r.snapshot);
  }
  const historyLast = [...lastSnapshot.keys()].sort().at(-1);
  if (!historyLast) throw new Error("the Oryx history has no rows");
  const rows: OryxRow[] = [...history];
  const overlap: StitchedOryx["overlap"] = [];
  const unused: string[] = [];
  let dailyFrom: string | null = null;
  for (const file of [...daily].sort((a, b) => a.day.localeCompare(b.day))) {
    const snapshot = lastSnapshot.get(file.day);
    if (snapshot) {
      const same = history.filter((r) => r.snapshot === snapshot);
      const difference = firstDifference(same, file.rows);
      const historyFile = same[0]?.file ?? "the history";
      if (difference)
        throw new RawDataError(
          file.file,
          `differs from ${historyFile} (snapshot ${snapshot}) on ${file.day}, a day both hold: ${difference}`,
        );
      overlap.push({ day: file.day, historyFile, dailyFile: file.file });
    } else if (file.day < historyLast) {
      unused.push(file.day);
    } else {
      dailyFrom ??= file.day;
      rows.push(...file.rows);
    }
  }
  return { rows, historyLast, dailyFrom, overlap, unused };
}
