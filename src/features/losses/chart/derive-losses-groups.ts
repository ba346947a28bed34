// The losses charts as drawn (deriveChartGroups' groups, each with its title from the range's
// figures and the listed changes of method of its categories, drawn like events), and the
// events shown: inside the range, and when the range starts on the first statement, those before
// it too (the invasion's start), since that statement's totals include those days.
import type { IsoDate } from "../../../data/schemas/common";
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { DateRange } from "../../../filters/range";
import { formatDate } from "../../../lib/format";
import { deriveMethodChangeMarks } from "../../../lib/method-change-marks";
import type { RangeTotals } from "../series/derive-range-totals";
import { deriveChartGroups, deriveChartTitle } from "./derive-chart-title";
import type { LossesChartGroup } from "./LossesChart";

export function deriveLossesGroups(
  cats: readonly GeneralStaffCategory[],
  totals: readonly RangeTotals[],
  range: DateRange,
  methodChanges: readonly MethodChange[] | undefined,
): LossesChartGroup[] {
  return deriveChartGroups(cats).map((g) => ({
    ...g,
    title: deriveChartTitle(
      totals.filter((t) => g.categories.includes(t.category)),
      range,
    ),
    methodEvents: methodChanges
      ? deriveMethodChangeMarks(methodChanges, { sources: ["generalStaff"], keys: g.categories }, range).map(
          (m): WarEvent => ({
            date: m.day,
            label: m.label,
            description: `Change of method: ${m.change.what} ${m.change.handling}`,
            sourceName: m.change.citation.name,
            sourceUrl: m.change.citation.url,
          }),
        )
      : [],
  }));
}

/** The events the charts show for `range` (`firstDay`: the first statement's day). */
export function deriveShownEvents(
  events: readonly WarEvent[],
  range: DateRange,
  firstDay: IsoDate | undefined,
): WarEvent[] {
  return events.filter((e) => e.date <= range.to && (e.date >= range.from || range.from === firstDay));
}

/** The charts' footnote when events are on but none is in the range; undefined otherwise. */
export function deriveEventsFootnote(
  all: readonly WarEvent[],
  shown: readonly WarEvent[],
  range: DateRange,
): string | undefined {
  const lastEvent = all
    .map((e) => e.date)
    .sort()
    .at(-1);
  if (shown.length > 0 || !lastEvent) return undefined;
  return range.from > lastEvent
    ? `No curated events in this range: they end ${formatDate(lastEvent)}.`
    : "No curated events in this range.";
}
