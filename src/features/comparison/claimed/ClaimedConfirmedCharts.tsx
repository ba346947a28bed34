// The claimed-vs-confirmed panel's two charts: the claimed and confirmed counts on Oryx's snapshot
// days, and their ratio (cumulative, or over the last 30 days). Receive ready rows and only draw.
import { ChartFrame, type FrameSource } from "../../../components/ChartFrame";
import { CATEGORY_UNITS } from "../../../data/categories";
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../../lib/format";
import { seriesExportData } from "../charts/export-data";
import { TimeSeriesChart, type ChartRow, type Span } from "../charts/TimeSeriesChart";
import type { RatioView } from "../comparison-url-state";
import { oryxChangeLine, oryxChangeNotes, type OryxChartMarks } from "../oryx/derive-oryx-view";
import { ORYX_MAX_GAP_DAYS, ROLLING_DAYS, type ClaimedConfirmedRow } from "./derive-claimed-confirmed";

const fmtRatio = (r: number) => `${formatNumber(r, undefined, 2)}×`;

interface ChartsProps {
  pair: GeneralStaffCategory;
  rows: readonly ClaimedConfirmedRow[];
  range: DateRange;
  ratio: RatioView;
  /** Oryx's last weeks, still being documented. */
  spans: readonly Span[];
  oryxMarks: OryxChartMarks;
  sources: readonly FrameSource[];
  dataTo: IsoDate;
  oryxLast: IsoDate;
  /** "in this range …" for the counts' title, if both sources have the window. */
  rangeChange: string | null;
}

export function ClaimedConfirmedCharts(props: ChartsProps) {
  return (
    <>
      <CountsChart {...props} />
      <RatioChart {...props} />
    </>
  );
}

function CountsChart(props: ChartsProps) {
  const { pair, rows, range, spans, oryxMarks, oryxLast, rangeChange } = props;
  const units = CATEGORY_UNITS[pair].many;
  const last = rows.at(-1);
  const notes = oryxChangeNotes(oryxMarks);
  const countRows: ChartRow[] = rows.map((r) => ({
    date: r.date,
    claimed: r.claimed,
    confirmed: r.confirmed,
  }));
  return (
    <ChartFrame
      id={`claimed-vs-confirmed-${pair}`}
      title={
        last
          ? `${formatDate(last.date)}: ${formatNumber(last.claimed)} ${units} claimed, at least ${formatNumber(last.confirmed)} confirmed${rangeChange ? `; ${rangeChange}` : ""}`
          : oryxLast < range.from
            ? `No day in this range with both sources (Oryx data ends ${formatDate(oryxLast)})`
            : "No day in this range with both sources"
      }
      subtitle={`${formatDateRange(range)} · cumulative since 24 Feb 2022, on Oryx’s snapshot days`}
      note="Oryx counts only losses with photo or video evidence: a floor (“at least”), not an estimate."
      legend={[
        { key: "claimed", label: "Claimed (General Staff)", color: "var(--src-gs)", shape: "line" },
        { key: "confirmed", label: "Confirmed, at least (Oryx)", color: "var(--src-oryx)", shape: "dash" },
        ...(spans.length
          ? [
              {
                key: "doc",
                label: "Oryx: still being documented",
                color: "var(--documenting)",
                shape: "area" as const,
              },
            ]
          : []),
      ]}
      sources={props.sources}
      dataTo={props.dataTo}
      summary={`Lines of the General Staff's claimed ${units} and Oryx's confirmed ${units} on ${rows.length} days.`}
      exportData={seriesExportData(
        `${pair}-claimed-general-staff-vs-confirmed-oryx`,
        countRows,
        [
          { key: "claimed", label: "Claimed (General Staff)" },
          { key: "confirmed", label: "Confirmed, at least (Oryx)" },
        ],
        range,
        `${units}, cumulative`,
        notes,
      )}
    >
      <TimeSeriesChart
        maxGapDays={ORYX_MAX_GAP_DAYS}
        rows={countRows}
        series={[
          { key: "claimed", label: "Claimed (General Staff)", color: "var(--src-gs)" },
          { key: "confirmed", label: "Confirmed, at least (Oryx)", color: "var(--src-oryx)", dashed: true },
        ]}
        format={(v) => formatNumber(v)}
        label={`Claimed and confirmed ${units}, ${formatDateRange(range)}`}
        spans={spans}
        marks={oryxMarks.marks}
        extra={(row) => {
          const r = rows.find((x) => x.date === row.date);
          return [
            ...(r?.ratio != null ? [`Claimed ÷ confirmed: ${fmtRatio(r.ratio)}`] : []),
            ...oryxChangeLine(oryxMarks, row.date),
          ];
        }}
      />
    </ChartFrame>
  );
}

function RatioChart(props: ChartsProps) {
  const { pair, rows, range, ratio, spans, oryxMarks } = props;
  const units = CATEGORY_UNITS[pair].many;
  const notes = oryxChangeNotes(oryxMarks);
  const rolling = ratio === "rolling";
  const ratioRows: ChartRow[] = rows.map((r) => ({
    date: r.date,
    ratio: rolling ? (r.rolling?.ratio ?? null) : r.ratio,
  }));
  const lastRatio = [...ratioRows].reverse().find((r) => typeof r.ratio === "number");
  return (
    <ChartFrame
      id={`claim-ratio-${pair}`}
      title={
        lastRatio && typeof lastRatio.ratio === "number"
          ? `Claimed ÷ confirmed ${rolling ? `over the ${ROLLING_DAYS} days` : ""} to ${formatDate(lastRatio.date)}: ${fmtRatio(lastRatio.ratio)}`
          : "No ratio in this range"
      }
      subtitle={
        rolling
          ? `${formatDateRange(range)} · changes over the ${ROLLING_DAYS} days (up to ${ROLLING_DAYS + 7} where Oryx has no snapshot) before each snapshot`
          : `${formatDateRange(range)} · cumulative totals`
      }
      note="1× would mean every claimed loss is photographed; no value where Oryx confirmed none (no division by zero)."
      legend={[{ key: "ratio", label: "Claimed ÷ confirmed", color: "var(--src-gs)", shape: "line" }]}
      sources={props.sources}
      dataTo={props.dataTo}
      exportData={seriesExportData(
        `${pair}-claimed-to-confirmed-ratio-${ratio}`,
        ratioRows,
        [
          {
            key: "ratio",
            label: rolling ? `Claimed ÷ confirmed, rolling ${ROLLING_DAYS} days` : "Claimed ÷ confirmed",
          },
        ],
        range,
        undefined,
        notes,
      )}
    >
      <TimeSeriesChart
        maxGapDays={ORYX_MAX_GAP_DAYS}
        rows={ratioRows}
        series={[{ key: "ratio", label: "Claimed ÷ confirmed", color: "var(--src-gs)" }]}
        format={fmtRatio}
        label={`Ratio of claimed to confirmed ${units}`}
        fractional
        height={200}
        spans={spans}
        marks={oryxMarks.marks}
        extra={(row) => {
          const r = rows.find((x) => x.date === row.date);
          if (!r) return [];
          const lines = !rolling
            ? [`Claimed ${formatNumber(r.claimed)}, confirmed ${formatNumber(r.confirmed)}`]
            : r.rolling
              ? [
                  `${formatDate(r.rolling.from)} → ${formatDate(r.date)}: claimed +${formatNumber(r.rolling.claimed)}, confirmed +${formatNumber(r.rolling.confirmed)}`,
                ]
              : ["No Oryx snapshot 30–37 days earlier"];
          return [...lines, ...oryxChangeLine(oryxMarks, row.date)];
        }}
      />
    </ChartFrame>
  );
}
