// Where the sector charts mark the sources' listed method changes and the days flagged as possible
// redraws in the box shown: dashed lines on the held-area chart (a tooltip line names each) and on
// the week of the weekly chart that contains it.
import type { IsoDate } from "../../../data/schemas/common";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { Redraw } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import { addDays } from "../../../lib/dates";
import { deriveMethodChangeMarks } from "../../../lib/method-change-marks";

const SOURCE_NAMES: Record<Redraw["source"], string> = { deepstate: "DeepState", nzz: "NZZ" };

export interface SectorMarks {
  marks: { date: IsoDate; label: string }[];
  weekMarks: { key: string; week: IsoDate; label: string }[];
  /** Tooltip lines for a day: the changes and redraws on it. */
  notesOn: (day: IsoDate) => string[];
}

export function deriveSectorMarks(input: {
  changes: readonly MethodChange[];
  redraws: readonly Redraw[];
  box: Redraw["box"];
  range: DateRange;
  /** First days of the weekly chart's weeks, ascending. */
  weeks: readonly IsoDate[];
}): SectorMarks {
  const { range } = input;
  const items = [
    ...deriveMethodChangeMarks(input.changes, { sources: ["deepstate", "nzz"] }, range).map((m) => ({
      key: m.id,
      date: m.day,
      label: m.label,
      note: `${m.label} (a listed method change)`,
    })),
    ...input.redraws
      .filter((r) => r.box === input.box && r.date >= range.from && r.date <= range.to)
      .map((r) => ({
        key: `redraw-${r.source}-${r.date}`,
        date: r.date,
        label: `${SOURCE_NAMES[r.source]}: possible redraw`,
        note: `${SOURCE_NAMES[r.source]}: possible redraw (its change is many times the other source's around this day)`,
      })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  const weekOf = (day: IsoDate) => [...input.weeks].reverse().find((w) => w <= day && day < addDays(w, 7));
  const weekMarks: SectorMarks["weekMarks"] = [];
  for (const item of items) {
    const week = weekOf(item.date);
    if (!week) continue;
    const same = weekMarks.find((w) => w.week === week);
    if (same) same.label = `${same.label}; ${item.label}`;
    else weekMarks.push({ key: item.key, week, label: item.label });
  }
  const byDay = new Map<IsoDate, string[]>();
  for (const item of items) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item.note]);
  return {
    marks: items.map((i) => ({ date: i.date, label: i.label })),
    weekMarks,
    notesOn: (day) => byDay.get(day) ?? [],
  };
}
