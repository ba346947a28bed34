// Text around the chart: what it cannot show (log gaps, partial buckets, squashed series), the
// source credit, the corrections and the cited events. Draws only.
import { LazyDetails } from "../../../components/LazyDetails";
import type { Source } from "../../../data/schemas/common";
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { LossesView, Scale } from "../losses-url-state";
import { formatDate, formatNumber, formatSignedNumber } from "../../../lib/format";
import { errorMessage } from "../../../components/ErrorPanel";
import { CATEGORY_LABELS, isPersonnel } from "../../../data/categories";
import type { ChartModel } from "../series/derive-chart-rows";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { formatRowPeriod } from "../series/format-losses";

interface ChartNotesProps {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  markers: readonly CorrectionMarker[];
  overviewCategory: GeneralStaffCategory;
  /** The range starts with the General Staff's first statement (its totals start from zero). */
  startsAtFirstStatement: boolean;
}

/** Categories on the equipment axis whose peaks differ by more than this factor get a log-scale hint. */
const SQUASH_RATIO = 30;

export function ChartNotes(props: ChartNotesProps) {
  const { model, categories, view, scale, markers, overviewCategory, startsAtFirstStatement } = props;
  const notes: string[] = [];
  const first = model.rows[0];
  if (startsAtFirstStatement && view !== "cumulative" && first) {
    notes.push(
      `The first statement (${formatDate(first.start)}) counts every loss since the invasion began, so the first ` +
        `${model.unit === "day" ? "day" : model.unit} also holds the losses of the day before.`,
    );
  }
  const hidden = categories.filter((c) => (model.hiddenOnLog[c] ?? 0) > 0);
  if (scale === "log" && hidden.length > 0) {
    notes.push(
      `A log scale cannot show zero or negative values, so ${hidden
        .map((c) => `${formatNumber(model.hiddenOnLog[c] ?? 0)} ${model.unit}s of ${CATEGORY_LABELS[c]}`)
        .join(", ")} are left as gaps. Switch to the linear scale to see them.`,
    );
  }
  const last = model.rows[model.rows.length - 1];
  if (model.unit !== "day" && first && (model.partialFirst || model.partialLast)) {
    const cut = [model.partialFirst ? first : null, model.partialLast ? last : null].filter((r) => r != null);
    notes.push(
      `Hatched bars are partial ${model.unit}s cut by the range (compared with their neighbours per day, not in total): ${cut.map((r) => formatRowPeriod(r, model.unit)).join("; ")}.`,
    );
  }
  if (scale === "linear") {
    const peaks = categories
      .filter((c) => !isPersonnel(c))
      .map((c) => ({ c, peak: Math.max(0, ...model.rows.map((r) => Math.abs(r.values[c] ?? 0))) }))
      .filter((p) => p.peak > 0)
      .sort((a, b) => b.peak - a.peak);
    const top = peaks[0];
    const bottom = peaks[peaks.length - 1];
    if (top && bottom && top.peak / bottom.peak > SQUASH_RATIO) {
      notes.push(
        `${CATEGORY_LABELS[top.c]} reach ${formatNumber(top.peak)} while ${CATEGORY_LABELS[bottom.c]} reach ` +
          `${formatNumber(bottom.peak)} on the same axis; switch to the log scale to compare their shapes.`,
      );
    }
  }
  if (markers.length > 0) {
    notes.push(
      `Hollow circles mark ${formatNumber(markers.length)} day${markers.length === 1 ? "" : "s"} on which the General Staff ` +
        `revised an earlier total${view === "daily" ? " (daily figures can be negative there)" : ""}; see the list below.`,
    );
  }
  notes.push(
    `The strip under the chart shows the 7-day average of ${CATEGORY_LABELS[overviewCategory]} over the whole series.`,
  );
  return (
    <ul className="losses-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

export function SourceCredit({ source }: { source: Source }) {
  return (
    <p className="losses-credit">
      Source:{" "}
      <a href={source.url} rel="noreferrer" target="_blank">
        {source.name}
      </a>{" "}
      ({source.licence}). {source.counts}{" "}
      <strong>These are claims by one side of the war, not verified.</strong> {source.caveats} Data as of{" "}
      {formatDate(source.lastDate)}.
    </p>
  );
}

export function CorrectionsList({ markers }: { markers: readonly CorrectionMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <LazyDetails
      className="losses-details"
      summary={`General Staff corrections in this range (${formatNumber(markers.length)})`}
    >
      {() => (
        <>
          <p>
            The General Staff sometimes revises an earlier running total. The chart keeps the figures as
            published: on these days the daily change can be negative. “Listed” revisions come from the
            General Staff’s own corrections list; a fall is matched to a listed correction of the same
            category within one day either side (the list is sometimes dated a day off); the others are days
            where a total fell without a listed correction.
          </p>
          <ul>
            {markers.map((m) => (
              <li key={`${m.date}${m.category}`}>
                {formatDate(m.date)}, {CATEGORY_LABELS[m.category]}:{" "}
                {m.delta != null
                  ? `listed revision ${formatSignedNumber(m.delta)}${m.listedOn && m.listedOn !== m.date ? ` (listed on ${formatDate(m.listedOn)})` : ""}`
                  : "unlisted fall"}
                ; change that day {m.dailyChange == null ? "not reported" : formatSignedNumber(m.dailyChange)}
              </li>
            ))}
          </ul>
        </>
      )}
    </LazyDetails>
  );
}

interface EventsListProps {
  events: readonly WarEvent[];
  enabled: boolean;
  status: "pending" | "error" | "success";
  error: unknown;
  onRetry: () => void;
}

export function EventsList({ events, enabled, status, error, onRetry }: EventsListProps) {
  if (!enabled) return null;
  if (status === "error") {
    return (
      <p className="losses-notes" role="alert">
        Event annotations could not be loaded ({errorMessage(error)}).{" "}
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Retry
        </button>
      </p>
    );
  }
  if (events.length === 0) return null;
  return (
    <LazyDetails
      className="losses-details"
      summary={`Events marked on the chart (${formatNumber(events.length)})`}
    >
      {() => (
        <ol>
          {events.map((e) => (
            <li key={`${e.date}${e.label}`}>
              <strong>
                {formatDate(e.date)}: {e.label}.
              </strong>{" "}
              {e.description} Source:{" "}
              <a href={e.sourceUrl} rel="noreferrer" target="_blank">
                {e.sourceName}
              </a>
            </li>
          ))}
        </ol>
      )}
    </LazyDetails>
  );
}
