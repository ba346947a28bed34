// Everything the map says in words: its title, subtitle, accessible summary, note, the legend's
// rows and captions, the note on sources that have no map yet, the export's names and a place's
// tooltip. Pure: the panel hands in what it measured and derived, this only words it.
import type { IsoDate } from "../../../data/schemas/common";
import type { MapSource } from "../../../data/schemas/map";
import { formatDate, formatDateRange, formatKm2, formatNumber } from "../../../lib/format";
import { VIEW_LABELS } from "../labels";
import { SOURCE_LABELS } from "../sources";
import type { MapMode, MapView } from "../url-state";
import type { PairAreas } from "./derive-area";

export interface LegendItem {
  id: string;
  label: string;
  /** "pattern:<id>" for a pattern fill, "line:<colour>" for an outline, or a CSS colour. */
  fill: string;
  km2: number | undefined;
}

/** A figure from the territory series beside the drawn layers (null: no data in the window). */
export interface LegendTotal {
  id: string;
  label: string;
  km2: number | null;
}

/** A total as a CSV row of the map's export. */
export const totalAsItem = (t: LegendTotal): LegendItem => ({
  id: t.id,
  label: t.label,
  fill: "",
  km2: t.km2 ?? undefined,
});

export interface MapTextInput {
  mode: MapMode;
  /** The source drawn in change mode. */
  src: MapSource;
  map: MapView;
  /** The sector's name when a sector is shown (e.g. "Bakhmut"), else undefined: all of Ukraine. */
  sectorName: string | undefined;
  /** The global range. */
  range: { from: IsoDate; to: IsoDate };
  /** The slider's day. */
  day: IsoDate;
  /** The map the day is compared with: the day before the range, or the source's first map. */
  baseShown: IsoDate;
  /** The km² each side took from the range's start to the day, day-to-day changes added up. */
  added: { gained: number | null; lost: number | null };
  /** The legend's layers measured in the area shown, undefined while measuring. */
  areas: PairAreas | undefined;
  /** One sentence on how NZZ is drawn, where NZZ is shown (derive-method-notes.ts). */
  nzzNote: string | null;
  /** The sources shown whose map starts after the day, with their first day. */
  missing: readonly { source: MapSource; first: IsoDate }[];
}

export interface MapText {
  title: string;
  subtitle: string;
  /** The map's accessible name and the chart frame's summary. */
  summary: string;
  note: string;
  legendCaption: string;
  legendItems: LegendItem[];
  /** The territory series' totals over the window (change mode only). */
  totals: LegendTotal[];
  totalsCaption: string;
  /** Which sources shown have no map yet on the day (null: all have one). */
  missingNote: string | null;
  /** Names in the export's file name and rows. */
  exportSource: string;
  areaName: string;
}

const CHANGE_NOTE =
  "The title adds up the day-to-day changes of the range's days, as the weekly bars and the claims ledger do (ground lost and retaken within it counts for both sides); the shapes and the legend's net figures compare two maps: the day shown against the day before the range.";
const DISAGREE_NOTE =
  "The two sources trace the line independently; they differ most where the front moves or is contested.";

function mapTitle(t: MapTextInput, shownWindow: { from: IsoDate; to: IsoDate }): string {
  const view = VIEW_LABELS[t.map];
  if (t.mode === "change")
    return t.added.gained !== null && t.added.lost !== null
      ? `${view}: Ukraine retook ${formatKm2(t.added.lost)}, Russia took ${formatKm2(t.added.gained)} in ${formatDateRange(shownWindow)} (${SOURCE_LABELS[t.src]})`
      : `${view}: ground taken by each side in ${formatDateRange(shownWindow)} (${SOURCE_LABELS[t.src]})`;
  return t.areas
    ? `${view} on ${formatDate(t.day)}: ${formatNumber(t.areas.aOnlyKm2)} km² Russian-held per DeepState only, ${formatNumber(t.areas.bOnlyKm2)} km² per NZZ only`
    : `${view} on ${formatDate(t.day)}: where DeepState and NZZ differ`;
}

function legendItems({ mode, day, baseShown, areas }: MapTextInput): LegendItem[] {
  if (mode === "change")
    return [
      {
        id: "ru-gain",
        label: `Net Russian gains: held on ${formatDate(day)}, not on ${formatDate(baseShown)}`,
        fill: "pattern:map-pat-ru-gain",
        km2: areas?.bOnlyKm2,
      },
      {
        id: "ukr-gain",
        label: `Net Ukrainian gains: held on ${formatDate(baseShown)}, not on ${formatDate(day)}`,
        fill: "pattern:map-pat-ukr-gain",
        km2: areas?.aOnlyKm2,
      },
      {
        id: "held-both",
        label: "Held by Russia on both days",
        fill: "var(--map-occupied-muted)",
        km2: areas?.bothKm2,
      },
      {
        id: "held-day",
        label: `All Russian-held on ${formatDate(day)} (outlined)`,
        fill: "line:var(--map-line)",
        km2: areas?.bKm2,
      },
    ];
  return [
    {
      id: "only-a",
      label: "Russian-held per DeepState only",
      fill: "pattern:map-pat-only-a",
      km2: areas?.aOnlyKm2,
    },
    {
      id: "only-b",
      label: "Russian-held per NZZ only",
      fill: "pattern:map-pat-only-b",
      km2: areas?.bOnlyKm2,
    },
    {
      id: "held-both",
      label: "Russian-held per both",
      fill: "var(--map-occupied-muted)",
      km2: areas?.bothKm2,
    },
  ];
}

export function deriveMapText(t: MapTextInput): MapText {
  const { mode, src, day, baseShown } = t;
  const view = VIEW_LABELS[t.map];
  const areaName = t.sectorName ? `the ${t.sectorName} box` : "all of Ukraine";
  // The title's and the totals' window: from the range's start to the day shown.
  const shownWindow = { from: t.range.from, to: day };
  const missingNote =
    t.missing.length > 0
      ? `${t.missing.map((m) => `${SOURCE_LABELS[m.source]}'s map starts on ${formatDate(m.first)}`).join("; ")}: no Russian-held area is drawn for it before then.`
      : null;
  return {
    title: mapTitle(t, shownWindow),
    subtitle: `${formatDateRange(t.range)}; day shown ${formatDate(day)}`,
    summary:
      mode === "change"
        ? `Map of Ukraine: Russian-held area per ${SOURCE_LABELS[src]} on ${formatDate(day)} and the change since ${formatDate(t.range.from)}, ${view}. Figures are in the legend.`
        : `Map of Ukraine: where DeepState and NZZ differ on ${formatDate(day)}, ${view}. Figures are in the legend.`,
    note: [mode === "change" ? CHANGE_NOTE : DISAGREE_NOTE, t.nzzNote].filter(Boolean).join(" "),
    legendCaption:
      mode === "change"
        ? `${SOURCE_LABELS[src]}, the map of ${formatDate(day)} against ${formatDate(baseShown)}, km² in ${areaName}:`
        : `DeepState vs NZZ on ${formatDate(day)}, km² in ${areaName}:`,
    legendItems: legendItems(t),
    totals:
      mode === "change"
        ? [
            { id: "ru-added", label: "Taken by Russia", km2: t.added.gained },
            { id: "ukr-added", label: "Retaken by Ukraine", km2: t.added.lost },
          ]
        : [],
    totalsCaption: `Day-to-day changes added up, ${formatDateRange(shownWindow)} (as the weekly bars):`,
    missingNote,
    exportSource: mode === "change" ? SOURCE_LABELS[src] : "DeepState vs NZZ",
    areaName,
  };
}

/** Who held a place per source on the day: held, not held, its map not loaded yet, or none yet. */
export type HeldAnswer = boolean | "loading" | "no map yet";

/** A place label's tooltip: "Bakhmut, 1 Jan 2024. Held by DeepState: Russia; NZZ: Ukraine". */
export function describeHeldPlace(
  name: string,
  day: IsoDate,
  held: { deepstate: HeldAnswer; nzz: HeldAnswer },
): string {
  const who = (answer: HeldAnswer, src: string) =>
    answer === "loading"
      ? `${src}: loading`
      : answer === "no map yet"
        ? `${src}: no map yet`
        : `${src}: ${answer ? "Russia" : "Ukraine"}`;
  return `${name}, ${formatDate(day)}. Held by ${who(held.deepstate, "DeepState")}; ${who(held.nzz, "NZZ")}`;
}
