// Layout of the place timeline: one strip per source on a shared day axis, each interval a rect,
// the stretches without a snapshot and the days a source does not cover marked, year ticks and the
// slider's day. Pure (numbers in, rects out); PlaceTimelineChart only draws them.
import type { IsoDate } from "../../data/schemas/common";
import type { PlaceStatus } from "../../data/schemas/place-history";
import { diffDays } from "../../lib/dates";
import type { PlaceTimeline } from "./derive-place-timeline";

/** Sizes in px; the label column narrows on a phone (below `narrowBelow` px). */
export const STRIP = {
  rowHeight: 22,
  rowGap: 14,
  labelWidth: 132,
  narrowLabelWidth: 104,
  narrowBelow: 480,
  top: 4,
  axis: 22,
  right: 8,
} as const;

export interface StripRect {
  x: number;
  width: number;
  status: PlaceStatus;
  from: IsoDate;
  to: IsoDate;
}

export interface StripRow {
  label: string;
  y: number;
  rects: StripRect[];
  gaps: { x: number; width: number }[];
  /** The parts of the axis this source does not cover. */
  noData: { x: number; width: number }[];
}

export interface StripLayout {
  width: number;
  height: number;
  rows: StripRow[];
  ticks: { x: number; label: string }[];
  /** x of the slider's day, or null outside the axis. */
  dayX: number | null;
}

export function derivePlaceStrips(t: PlaceTimeline, width: number, day: IsoDate): StripLayout {
  const start = t.sources.map((s) => s.from).sort()[0]!;
  const end = t.sources
    .map((s) => s.to)
    .sort()
    .at(-1)!;
  const left = width < STRIP.narrowBelow ? STRIP.narrowLabelWidth : STRIP.labelWidth;
  const plot = Math.max(1, width - left - STRIP.right);
  const total = diffDays(end, start) + 1;
  // A day spans [x(d), x(d + 1)).
  const x = (d: IsoDate) => left + (diffDays(d, start) / total) * plot;
  const span = (from: IsoDate, to: IsoDate) => ({ x: x(from), width: x(to) - x(from) + plot / total });
  const rows = t.sources.map((s, k): StripRow => {
    const noData: StripRow["noData"] = [];
    if (s.from > start) noData.push({ x: left, width: x(s.from) - left });
    if (s.to < end) noData.push({ x: x(s.to) + plot / total, width: left + plot - x(s.to) - plot / total });
    return {
      label: s.label,
      y: STRIP.top + k * (STRIP.rowHeight + STRIP.rowGap),
      rects: s.intervals.map((i) => ({ ...span(i.from, i.to), status: i.status, from: i.from, to: i.to })),
      gaps: s.gaps.map((g) => span(g.from, g.to)),
      noData,
    };
  });
  const ticks: StripLayout["ticks"] = [];
  for (let year = Number(start.slice(0, 4)) + 1; `${year}-01-01` <= end; year++)
    ticks.push({ x: x(`${year}-01-01` as IsoDate), label: String(year) });
  const height = STRIP.top + rows.length * (STRIP.rowHeight + STRIP.rowGap) + STRIP.axis;
  return { width, height, rows, ticks, dayX: day >= start && day <= end ? x(day) + plot / total / 2 : null };
}
