// The map's days: the global range cut to the days its sources have maps for. The range may run
// past them (it ends on the newest day of any source, e.g. an Oryx snapshot weeks after the last
// map): the map then shows its last day, says so, and measures its title up to it, rather than
// drawing the day after the last map as if nothing were held.
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange } from "../../../lib/format";

export interface MapRange {
  /** The range the map draws and measures. */
  range: DateRange;
  /** What the map says when that is not the global range, else null. */
  note: string | null;
}

/** `first`/`last`: the first and last day any of the map's sources has a map for. */
export function deriveMapRange(asked: DateRange, first: IsoDate, last: IsoDate): MapRange {
  if (asked.to <= last && asked.from >= first) return { range: asked, note: null };
  const to = asked.to > last ? last : asked.to < first ? first : asked.to;
  const from = asked.from < first ? first : asked.from > last ? last : asked.from;
  const range = { from, to };
  const parts: string[] = [];
  if (asked.from > last) parts.push(`The maps end on ${formatDate(last)}, before the range starts`);
  else if (asked.to < first) parts.push(`The maps start on ${formatDate(first)}, after the range ends`);
  else {
    if (asked.from < first) parts.push(`The maps start on ${formatDate(first)}, after the range does`);
    if (asked.to > last) parts.push(`The maps end on ${formatDate(last)}, before the range does`);
  }
  return { range, note: `${parts.join("; ")}: the map shows ${formatDateRange(range)}.` };
}

/** deriveMapRange for the territory file's sources: from the first map of any to the last of any. */
export function mapRangeOf(asked: DateRange, sources: readonly { dates: readonly IsoDate[] }[]): MapRange {
  const firsts = sources.map((s) => s.dates[0]!).sort();
  const lasts = sources.map((s) => s.dates.at(-1)!).sort();
  return deriveMapRange(asked, firsts[0]!, lasts.at(-1)!);
}
