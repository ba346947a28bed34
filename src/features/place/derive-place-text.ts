// The words of the place panel: its title, the summary read by screen readers, and each source's
// first and last change. Pure, so the panel and its export say the same thing.
import { formatDate, formatNumber } from "../../lib/format";
import {
  STATUS_LABEL,
  type Disagreement,
  type PlaceChange,
  type PlaceTimeline,
  type SourceTimeline,
} from "./derive-place-timeline";

export function placeTitle(t: PlaceTimeline): string {
  return `Who held ${t.entry.name} (${t.entry.region}), per source`;
}

export function changeText(c: PlaceChange): string {
  return `${formatDate(c.date)}: ${STATUS_LABEL[c.to]}`;
}

/** "Russian-held throughout (3 Apr 2022 – 3 Aug 2025)" or "3 changes; first …, last …". */
export function sourceSummary(s: SourceTimeline): string {
  const span = `${formatDate(s.from)} – ${formatDate(s.to)}`;
  const first = s.changes[0];
  const last = s.changes.at(-1);
  if (!first || !last) return `${s.label}: ${STATUS_LABEL[s.intervals[0]!.status]} throughout (${span}).`;
  const count = s.changes.length === 1 ? "1 change" : `${formatNumber(s.changes.length)} changes`;
  return s.changes.length === 1
    ? `${s.label}: ${count}, ${changeText(first)} (${span}).`
    : `${s.label}: ${count}; first ${changeText(first)}, last ${changeText(last)} (${span}).`;
}

/** Where DeepState and NZZ disagreed, and for how long in all. */
export function disagreementText(t: PlaceTimeline): string {
  if (!t.common) return "DeepState and NZZ have no day in common.";
  const d = t.disagreements;
  if (d.length === 0)
    return `DeepState and NZZ agreed on every common day (${formatDate(t.common.from)} – ${formatDate(t.common.to)}).`;
  const days = t.disagreeDays === 1 ? "1 day" : `${formatNumber(t.disagreeDays)} days`;
  const times = d.length === 1 ? "once" : `${formatNumber(d.length)} times`;
  // A contested day is not Russian-held: it disagrees with NZZ's "held" (counted) and agrees with its "not held".
  const contested =
    t.contestedDisagreeDays === 0
      ? ""
      : ` Of those days, DeepState marked it contested on ${formatNumber(t.contestedDisagreeDays)}, while NZZ showed it Russian-held (a contested day counts as not Russian-held).`;
  return `DeepState and NZZ disagreed ${times}, ${days} in all, of their common days ${formatDate(t.common.from)} – ${formatDate(t.common.to)}.${contested}`;
}

/** One disagreement, as listed under the sentence: "NZZ showed it Russian-held, DeepState did not." */
export function disagreementItemText(d: Disagreement): string {
  const span = `${formatDate(d.from)} – ${formatDate(d.to)}`;
  if (d.deepstateHeld) return `${span}: DeepState showed it Russian-held, NZZ did not.`;
  return d.deepstateContested
    ? `${span}: NZZ showed it Russian-held, DeepState marked it contested (status unknown).`
    : `${span}: NZZ showed it Russian-held, DeepState did not.`;
}

export function placeSummary(t: PlaceTimeline): string {
  return [...t.sources.map(sourceSummary), disagreementText(t)].join(" ");
}

/** How far the place is from the edge of the Russian-held area on the slider's day, on one map. */
export function frontDistanceText(options: {
  name: string;
  km: number;
  inside: boolean;
  day: string;
  mapLabel: string;
}): string {
  const { name, km, inside, mapLabel } = options;
  const day = formatDate(options.day as Parameters<typeof formatDate>[0]);
  if (!Number.isFinite(km)) return `${mapLabel}'s map of ${day} shows no Russian-held area.`;
  const dist = km < 1 ? "less than 1 km" : `${formatNumber(km)} km`;
  return inside
    ? `On ${mapLabel}'s map of ${day}, ${name} lies inside the Russian-held area, ${dist} from its edge (the front line, or the border where they meet).`
    : `On ${mapLabel}'s map of ${day}, ${name} lies ${dist} from the nearest Russian-held area.`;
}

/** " on 12 Aug 2024: Russian-held." or, outside its maps, what its nearest map shows. */
export function onDayText(s: SourceTimeline, day: string): string {
  const d = day as Parameters<typeof formatDate>[0];
  if (s.onDay !== null) return ` on ${formatDate(d)}: ${STATUS_LABEL[s.onDay]}.`;
  const after = day > s.to;
  const nearest = after ? s.intervals.at(-1)! : s.intervals[0]!;
  return ` has no map on ${formatDate(d)} (its maps run ${formatDate(s.from)} – ${formatDate(s.to)}); on its ${after ? "last" : "first"}, ${STATUS_LABEL[nearest.status]}.`;
}
