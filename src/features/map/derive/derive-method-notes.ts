// What the map says about the sources' method changes: the one-line explanation of NZZ's definition
// where NZZ is drawn, a notice when the slider's day falls on a listed change or a flagged
// "possible redraw", and the window of changes NZZ's update of the day covers.
import type { IsoDate } from "../../../data/schemas/common";
import type { MapDefinition, MapSource } from "../../../data/schemas/map";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { Redraw, TerritorySeries } from "../../../data/schemas/territory";
import { formatDate, formatNumber } from "../../../lib/format";
import { deriveMethodChangeMarks } from "../../../lib/method-change-marks";
import { MAP_SOURCES, SOURCE_LABELS } from "../sources";
import type { MapMode } from "../url-state";

const BOX_NAMES: Record<Redraw["box"], string> = {
  all: "all of Ukraine",
  bakhmut: "the Bakhmut box",
  zaporizhzhia: "the Zaporizhzhia box",
  donetsk: "the Donetsk box",
};

/** NZZ's listed change of definition (the one drawn like for like), if the list has one. */
export function nzzDefinitionChange(changes: readonly MethodChange[] | undefined): MethodChange | undefined {
  return changes?.find((c) => c.source === "nzz" && c.handlingKind === "likeForLike");
}

/** One sentence on how NZZ is drawn, where it is (null without the list). */
export function deriveNzzDefinitionNote(
  changes: readonly MethodChange[] | undefined,
  def: MapDefinition,
  mode: MapMode,
): string | null {
  const change = nzzDefinitionChange(changes);
  if (!change) return null;
  const when = formatDate(change.from);
  if (mode === "disagree")
    return `Both sources are compared like for like: NZZ's shape plus the areas held before 2022 as DeepState draws them (NZZ stopped drawing them on ${when}), so only real differences show.`;
  return def === "likeForLike"
    ? `NZZ like for like: its shape plus the areas held before 2022 as DeepState draws them (Crimea included), so its change of ${when} (${change.label}) is no gain for either side. “As published” shows NZZ's own shape.`
    : `NZZ as published, Crimea added: from ${when} NZZ no longer draws the areas held before 2022, so a range across that day shows them as Ukrainian gains that are a change of definition, not fighting.`;
}

export interface DayNotice {
  key: string;
  kind: "change" | "redraw";
  text: string;
}

/**
 * The listed changes of the sources shown that fall on `day`, and the possible redraws flagged
 * that day for those sources in the box measured (or all of Ukraine).
 */
export function deriveDayNotices(input: {
  changes: readonly MethodChange[];
  redraws: readonly Redraw[];
  sources: readonly MapSource[];
  box: Redraw["box"];
  day: IsoDate;
}): DayNotice[] {
  const { day } = input;
  const marks = deriveMethodChangeMarks(input.changes, { sources: input.sources }, { from: day, to: day });
  const notices: DayNotice[] = marks.map((m) => ({
    key: m.id,
    kind: "change",
    text: `${formatDate(day)}: ${m.label}. ${m.change.handling}`,
  }));
  for (const r of input.redraws) {
    if (r.date !== day || r.box !== input.box || !input.sources.includes(r.source)) continue;
    const other = r.source === "nzz" ? "deepstate" : "nzz";
    notices.push({
      key: `redraw-${r.source}-${r.box}`,
      kind: "redraw",
      text: `${formatDate(day)}: possible redraw of ${SOURCE_LABELS[r.source]}'s map: ${formatNumber(r.km2)} km² changed hands in ${BOX_NAMES[r.box]} that day, against ${formatNumber(r.otherKm2)} km² per ${SOURCE_LABELS[other]} in the days around it.`,
    });
  }
  return notices;
}

/** "NZZ's update of D covers the changes since D0" for the last NZZ update on or before `day`. */
export function deriveNzzWindow(series: TerritorySeries, day: IsoDate): string | null {
  const windows = series.windowFrom;
  if (!windows) return null;
  const first = series.dates[0];
  if (!first || day < first) return null;
  let i = Math.min(series.dates.indexOf(day), series.dates.length - 1);
  if (i < 0) i = series.dates.length - 1;
  while (i >= 0 && (series.carried[i] || windows[i] === null)) i--;
  if (i < 0) return null;
  const update = series.dates[i]!;
  const since = windows[i]!;
  const carried = update !== day ? ` (NZZ published no new map after it up to ${formatDate(day)})` : "";
  return `NZZ's map of ${formatDate(update)} draws the changes since ${formatDate(since)}: NZZ publishes periods, not days${carried}.`;
}

/**
 * The map's notes for what it shows: NZZ's definition and update window where NZZ is drawn (one
 * source changing, or both compared), and the day's listed changes and redraws of the sources shown.
 */
export function deriveMapNotes(input: {
  mode: MapMode;
  src: MapSource;
  /** NZZ's definition drawn (like for like wherever the sources are compared). */
  nzzDef: MapDefinition;
  changes: readonly MethodChange[] | undefined;
  redraws: readonly Redraw[];
  nzz: TerritorySeries;
  box: Redraw["box"];
  day: IsoDate;
}): { nzzNote: string | null; nzzWindow: string | null; dayNotices: DayNotice[] } {
  const { mode, day } = input;
  const nzzShown = mode === "disagree" || input.src === "nzz";
  return {
    nzzNote: nzzShown ? deriveNzzDefinitionNote(input.changes, input.nzzDef, mode) : null,
    nzzWindow: nzzShown ? deriveNzzWindow(input.nzz, day) : null,
    dayNotices: deriveDayNotices({
      changes: input.changes ?? [],
      redraws: input.redraws,
      sources: mode === "disagree" ? MAP_SOURCES : [input.src],
      box: input.box,
      day,
    }),
  };
}
