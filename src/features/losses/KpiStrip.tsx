// One card per selected category with the four figures a reader checks first. Draws only.
import { useId } from "react";
import type { DateRange } from "../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../lib/format";
import { CATEGORY_LABELS } from "../../data/categories";
import type { RangeTotals } from "./derive-range-totals";
import { useSettledMark } from "../../lib/perf";

interface KpiStripProps {
  totals: readonly RangeTotals[];
  /** The range the figures cover, already clamped to the series. */
  range: DateRange;
}

function Figure({
  value,
  digits = 0,
  kpi,
  children,
}: {
  value: number | null;
  digits?: number;
  kpi: string;
  children: string;
}) {
  return (
    <div className="losses-kpi__figure">
      <dt>{children}</dt>
      <dd data-kpi={kpi}>{value == null ? "not reported" : formatNumber(value, undefined, digits)}</dd>
    </div>
  );
}

function KpiCard({ totals, rangeLabel }: { totals: RangeTotals; rangeLabel: string }) {
  const id = useId();
  const note =
    totals.total == null
      ? totals.firstReported
        ? `Not reported on ${formatDate(totals.asOf)}; first reported ${formatDate(totals.firstReported)}.`
        : "Never reported by the General Staff."
      : totals.inRange == null && totals.baselineDate
        ? `Not reported on ${formatDate(totals.baselineDate)}, the day before the range, so losses in the range cannot be counted.`
        : totals.baselineDate == null
          ? "The range starts with the first statement, whose totals count every loss since the invasion began."
          : null;
  return (
    <article className="losses-kpi" aria-labelledby={id}>
      <h3 id={id}>{CATEGORY_LABELS[totals.category]}</h3>
      <dl>
        <Figure value={totals.total} kpi="total">{`Total as of ${formatDate(totals.asOf)}`}</Figure>
        <Figure value={totals.inRange} kpi="in-range">{`In range, ${rangeLabel}`}</Figure>
        <Figure value={totals.onLastDay} kpi="last-day">{`On ${formatDate(totals.asOf)}`}</Figure>
        <Figure value={totals.dailyAverage} digits={1} kpi="daily-average">
          {`Daily average over ${formatNumber(totals.days)} day${totals.days === 1 ? "" : "s"}`}
        </Figure>
      </dl>
      {note && <p className="losses-kpi__note">{note}</p>}
    </article>
  );
}

export function KpiStrip({ totals, range }: KpiStripProps) {
  useSettledMark("losses-kpi");
  if (totals.length === 0) {
    return <p className="losses-empty">Pick a category below to see its figures.</p>;
  }
  // Formatted once for all cards (Intl's formatRange is comparatively slow).
  const rangeLabel = formatDateRange(range);
  return (
    <div className="losses-kpis">
      {totals.map((t) => (
        <KpiCard key={t.category} totals={t} rangeLabel={rangeLabel} />
      ))}
    </div>
  );
}
