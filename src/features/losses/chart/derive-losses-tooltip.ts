// What the losses charts' tooltip says for a row: the period, each category's value and its change
// (per day where a partial week or month is compared), and the events and corrections on the row.
// Pure: the chart passes it to the shared TooltipCard.
import { CATEGORY_LABELS } from "../../../data/categories";
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { TooltipLine } from "../../../components/chart/TooltipCard";
import { formatDate, formatSignedNumber } from "../../../lib/format";
import type { ChartModel, ChartRow } from "../series/derive-chart-rows";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { formatRowPeriod, formatViewChange, formatViewValue, previousLabel } from "../series/format-losses";
import type { LossesView } from "../losses-url-state";

export interface LossesTooltipInput {
  row: ChartRow;
  categories: readonly GeneralStaffCategory[];
  model: ChartModel;
  view: LossesView;
  markers: readonly CorrectionMarker[];
  events: readonly WarEvent[];
  /** Each category's swatch (the colour its line is drawn in). */
  colorOf?: (c: GeneralStaffCategory) => string;
}

export interface LossesTooltip {
  title: string;
  lines: TooltipLine[];
  /** The partial-period note, then the row's events, then its corrections. */
  extra: string[];
}

function changeText(row: ChartRow, c: GeneralStaffCategory, model: ChartModel, view: LossesView): string {
  if (row.perDay) return `${formatViewChange(row.change[c], "avg7")} a day ${previousLabel(model.unit)}`;
  return view === "cumulative"
    ? `${formatViewChange(row.change[c], "daily")} that day`
    : `${formatViewChange(row.change[c], view)} ${previousLabel(model.unit)}`;
}

function correctionText(m: CorrectionMarker): string {
  return m.delta != null
    ? `General Staff correction (listed ${m.listedOn ?? m.date}): ${CATEGORY_LABELS[m.category]} total revised by ${formatSignedNumber(m.delta)}.`
    : `${CATEGORY_LABELS[m.category]} total fell on ${m.date}: an unlisted revision by the General Staff.`;
}

export function deriveLossesTooltip(input: LossesTooltipInput): LossesTooltip {
  const { row, categories, model, view, markers, events, colorOf } = input;
  const corrections = markers.filter(
    (m) => m.date >= row.start && m.date <= row.end && categories.includes(m.category),
  );
  // Events before the first row (the invasion's start) sit on it, as the chart draws them.
  const first = model.rows[0];
  const eventsHere = events.filter(
    (e) => (e.date >= row.start && e.date <= row.end) || (row === first && e.date < row.start),
  );
  return {
    title: formatRowPeriod(row, model.unit),
    lines: categories.map((c) => ({
      key: c,
      label: CATEGORY_LABELS[c],
      value: formatViewValue(row.values[c], view),
      detail: changeText(row, c, model, view),
      color: colorOf?.(c),
    })),
    extra: [
      ...(row.perDay ? [`A partial ${model.unit} on one side: losses per day compared, not totals.`] : []),
      ...eventsHere.map((e) => `Event, ${formatDate(e.date)}: ${e.label}`),
      ...corrections.map(correctionText),
    ],
  };
}
