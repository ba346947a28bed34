// One compact card per selected category: the range's losses (big, with its unit), then the total,
// the last day and the daily average. Draws only.
import { memo } from "react";
import type { DateRange } from "../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../lib/format";
import { CATEGORY_LABELS, categoryUnit, isPersonnel } from "../../data/categories";
import type { RangeTotals } from "./series/derive-range-totals";
import { useSettledMark } from "../../lib/perf";

interface KpiStripProps {
  totals: readonly RangeTotals[];
  /** The range the figures cover, already clamped to the series. */
  range: DateRange;
}

/** "1,234 tanks" or "not reported"; the unit is part of every big number. */
function withUnit(totals: RangeTotals, value: number | null, digits = 0): string {
  if (value == null) return "not reported";
  return `${formatNumber(value, undefined, digits)} ${categoryUnit(totals.category, digits > 0 ? 2 : value)}`;
}

function note(totals: RangeTotals): string | null {
  if (totals.total == null) {
    return totals.firstReported
      ? `Not reported on ${formatDate(totals.asOf)}; first reported ${formatDate(totals.firstReported)}.`
      : "Never reported by the General Staff.";
  }
  if (totals.countedFrom) {
    return `First reported on ${formatDate(totals.countedFrom)}: counted from that report, over the ${formatNumber(totals.days)} day${totals.days === 1 ? "" : "s"} after it.`;
  }
  if (totals.inRange == null && totals.baselineDate) {
    return `Not reported on ${formatDate(totals.baselineDate)}, the day before the range, so losses in the range cannot be counted.`;
  }
  if (totals.baselineDate == null) {
    return "The range starts with the first statement, whose totals count every loss since the invasion began.";
  }
  return null;
}

function KpiCard({ totals, rangeLabel }: { totals: RangeTotals; rangeLabel: string }) {
  const id = `losses-kpi-${totals.category}`;
  const text = note(totals);
  return (
    <article className="losses-kpi" aria-labelledby={id}>
      <h3 id={id}>{CATEGORY_LABELS[totals.category]}</h3>
      {isPersonnel(totals.category) && (
        <p className="losses-kpi__caveat">Killed and wounded, as claimed by Ukraine</p>
      )}
      <p className="losses-kpi__big">
        <span data-kpi="in-range">{withUnit(totals, totals.inRange)}</span>{" "}
        <span className="losses-kpi__when">{totals.countedFrom ? "since first report" : rangeLabel}</span>
      </p>
      <dl>
        <div className="losses-kpi__figure">
          <dt>Total as of {formatDate(totals.asOf)}</dt>
          <dd data-kpi="total">{withUnit(totals, totals.total)}</dd>
        </div>
        <div className="losses-kpi__figure">
          <dt>On {formatDate(totals.asOf)}</dt>
          <dd data-kpi="last-day">{withUnit(totals, totals.onLastDay)}</dd>
        </div>
        <div className="losses-kpi__figure">
          <dt>{`Daily average over ${formatNumber(totals.days)} day${totals.days === 1 ? "" : "s"} with data`}</dt>
          <dd data-kpi="daily-average">{withUnit(totals, totals.dailyAverage, 1)}</dd>
        </div>
      </dl>
      {text && <p className="losses-kpi__note">{text}</p>}
    </article>
  );
}

// Memoised: the panel's second, deferred render (what sits below the charts) leaves the cards as
// they are, instead of redrawing them a frame after the charts.
export const KpiStrip = memo(function KpiStrip({ totals, range }: KpiStripProps) {
  useSettledMark("losses-kpi");
  if (totals.length === 0) return null;
  // Formatted once for all cards (Intl's formatRange is comparatively slow).
  const rangeLabel = `in ${formatDateRange(range)}`;
  return (
    <div className="losses-kpis">
      {totals.map((t) => (
        <KpiCard key={t.category} totals={t} rangeLabel={rangeLabel} />
      ))}
    </div>
  );
});
