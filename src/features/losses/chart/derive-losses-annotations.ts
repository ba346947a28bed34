// Where the losses charts' annotations sit (pure, so the chart only draws them): event lines and
// correction markers on the row (day, week or month) their date falls in, and the category names
// at the line ends, pushed apart so they never overlap.
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { CATEGORY_LABELS } from "../../../data/categories";
import type { ChartLayout } from "../../../lib/derive-chart-layout";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import type { ChartRow } from "../series/derive-chart-rows";
import { deriveEndLabels } from "./derive-end-labels";
import { rowContaining } from "../series/place-on-rows";

export interface PlacedEvent {
  /** X position in axis units: the row's key on a category axis, its day number on a time axis. */
  x: string | number;
  /** The row's key (kept by decimation). */
  key: string;
  event: WarEvent;
}

export interface MarkerPlace {
  x: string | number;
  key: string;
  category: GeneralStaffCategory;
  /** On a bar chart: which of the band's grouped bars the marker belongs to. */
  slot?: { index: number; count: number };
  /** Value on the y axis where the marker sits (the drawn value of its category that row). */
  y: number;
  id: string;
}

/** Each event on its row; an event before the first row (the invasion's start) sits on the first. */
export function placeEvents(
  events: readonly WarEvent[],
  rows: readonly ChartRow[],
  timeAxis: boolean,
): PlacedEvent[] {
  const first = rows[0];
  return events.flatMap((e) => {
    const row = rowContaining(rows, e.date) ?? (first && e.date < first.start ? first : null);
    return row ? [{ x: timeAxis ? row.t : row.key, key: row.key, event: e }] : [];
  });
}

/** Each correction of a drawn category on its row, at the value drawn there (none where no value). */
export function placeCorrectionMarkers(
  markers: readonly CorrectionMarker[],
  categories: readonly GeneralStaffCategory[],
  rows: readonly ChartRow[],
  { timeAxis, bars }: { timeAxis: boolean; bars: boolean },
): MarkerPlace[] {
  return markers.flatMap((m): MarkerPlace[] => {
    if (!categories.includes(m.category)) return [];
    const row = rowContaining(rows, m.date);
    const y = row?.plotted[m.category];
    return row && y != null
      ? [
          {
            x: timeAxis ? row.t : row.key,
            key: row.key,
            category: m.category,
            y,
            slot: bars ? { index: categories.indexOf(m.category), count: categories.length } : undefined,
            id: `${m.date}${m.category}`,
          },
        ]
      : [];
  });
}

/** Height of a line-end label (px): labels are kept at least this far apart. */
export const END_LABEL_HEIGHT = 12;

export interface EndLabel {
  category: GeneralStaffCategory;
  /** The name as drawn: long ones are cut to fit ~80 px ("Armoured com…"). */
  text: string;
  x: number;
  y: number;
}

/** Line-end labels have ~80 px; long names are cut. */
export function shortLabel(c: GeneralStaffCategory): string {
  const label = CATEGORY_LABELS[c];
  return label.length > 13 ? `${label.slice(0, 12)}…` : label;
}

/** A label right of the plot at each category's last drawn value, never closer than 12 px to another. */
export function placeEndLabels(
  layout: ChartLayout,
  rows: readonly ChartRow[],
  categories: readonly GeneralStaffCategory[],
): EndLabel[] {
  const { plot } = layout;
  const ends = categories.flatMap((c) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const v = (rows[i] as ChartRow).plotted[c];
      if (v == null) continue;
      const y = layout.y(v);
      return y === undefined ? [] : [{ c, y }];
    }
    return [];
  });
  const ys = deriveEndLabels(
    ends.map((e) => e.y),
    END_LABEL_HEIGHT,
    plot.y,
    plot.y + plot.height,
  );
  const x = plot.x + plot.width + 4;
  return ends.map((e, i) => ({ category: e.c, text: shortLabel(e.c), x, y: ys[i] as number }));
}
