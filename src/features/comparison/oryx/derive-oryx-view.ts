// Oryx as the comparison panels read it: on one definition (like for like across Oryx's listed
// changes of method, or as published), with those changes marked on the charts whose series they
// touch. Pure; the panels call these and only draw.
import type { IsoDate } from "../../../data/schemas/common";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { OryxFile, OryxType } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { deriveMethodChangeMarks } from "../../../lib/method-change-marks";
import type { OryxDefinition } from "../comparison-url-state";
import type { Mark } from "../charts/TimeSeriesChart";

/**
 * oryx.json on one definition: like for like is the file's `countries` as they are; as published
 * puts its `asPublished` series (and labels) in place of the keys it holds. The same object comes
 * back where nothing differs, so memoised derivations downstream keep their results.
 */
export function deriveOryxView(oryx: OryxFile, definition: OryxDefinition): OryxFile {
  const published = oryx.asPublished;
  if (definition === "likeForLike" || !published) return oryx;
  return {
    ...oryx,
    typeLabels: { ...oryx.typeLabels, ...published.typeLabels },
    countries: {
      russia: { ...oryx.countries.russia, ...published.countries.russia },
      ukraine: { ...oryx.countries.ukraine, ...published.countries.ukraine },
    },
  };
}

/** Whether any of `types` has an as-published series that differs from its like-for-like one. */
export function hasPublishedVariant(oryx: OryxFile, types: readonly OryxType[]): boolean {
  const published = oryx.asPublished?.countries;
  return types.some((t) => published?.russia[t] !== undefined || published?.ukraine[t] !== undefined);
}

/** The CSV column and tooltip line naming Oryx's listed changes of method on a day. */
export const ORYX_CHANGE_LABEL = "Oryx change of method";

export interface OryxChartMarks {
  /** Dashed lines with their labels, on the changes' days. */
  marks: Mark[];
  /** Each change's label on the chart's first row on or after its day (rows are Oryx's snapshot
   *  days), for the tooltip and the CSV. */
  byRow: ReadonlyMap<IsoDate, string>;
}

/** The listed Oryx changes of method that touch `types` inside `range` (one rule: deriveMethodChangeMarks). */
export function deriveOryxChartMarks(
  changes: readonly MethodChange[],
  types: readonly OryxType[],
  range: DateRange,
  rowDates: readonly IsoDate[],
): OryxChartMarks {
  const found = deriveMethodChangeMarks(changes, { sources: ["oryx"], keys: types }, range);
  const byRow = new Map<IsoDate, string>();
  for (const m of found) {
    const row = rowDates.find((d) => d >= m.day);
    if (!row) continue;
    const seen = byRow.get(row);
    byRow.set(row, seen ? `${seen}; ${m.label}` : m.label);
  }
  return { marks: found.map((m) => ({ date: m.day, label: m.label })), byRow };
}

/** The tooltip line for a row that carries a change ([] on other rows). */
export function oryxChangeLine(marks: OryxChartMarks, date: IsoDate): string[] {
  const label = marks.byRow.get(date);
  return label ? [`${ORYX_CHANGE_LABEL}: ${label}`] : [];
}

/** The CSV's notes column: each change's label on its row; no column when the range has none. */
export function oryxChangeNotes(marks: OryxChartMarks) {
  return marks.byRow.size ? { label: ORYX_CHANGE_LABEL, byDate: marks.byRow } : undefined;
}
