// Which of the sources' listed changes of method fall inside a chart's range: the one rule every
// chart, map and table uses to mark them (method-changes.json; issue #20, item 3).
import type { IsoDate } from "../data/schemas/common";
import type { MethodChange, MethodChangeSource } from "../data/schemas/method-changes";

export interface MethodChangeMark {
  id: string;
  /** The first day of the change inside the range (its own first day, or the range's start for a
   *  glitch that began before it). */
  day: IsoDate;
  /** The last day inside the range (= day for a one-day change or one that stays). */
  lastDay: IsoDate;
  label: string;
  change: MethodChange;
}

export interface MarkFilter {
  /** The sources the chart draws. */
  sources: readonly MethodChangeSource[];
  /** The series keys it draws (General Staff categories, Oryx types); a change with no keys applies
   *  to every series of its source. Undefined: every change of the sources. */
  keys?: readonly string[];
}

/**
 * The changes of the chart's sources (and series) that fall inside `range` (both ends included),
 * sorted by day. A change that stays (no `to`) is marked on its first day only; a glitch of several
 * days is marked over the days of it inside the range.
 */
export function deriveMethodChangeMarks(
  changes: readonly MethodChange[],
  filter: MarkFilter,
  range: { from: IsoDate; to: IsoDate },
): MethodChangeMark[] {
  const marks: MethodChangeMark[] = [];
  for (const change of changes) {
    if (!filter.sources.includes(change.source)) continue;
    if (filter.keys && change.keys && !change.keys.some((k) => filter.keys!.includes(k))) continue;
    const last = change.to ?? change.from;
    if (last < range.from || change.from > range.to) continue;
    const day = change.from < range.from ? range.from : change.from;
    const lastDay = last > range.to ? range.to : last;
    marks.push({ id: change.id, day, lastDay, label: change.label, change });
  }
  return marks.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}
