// The Russia-vs-Ukraine panel's ratio chart and its split by status (on the range's last snapshot
// with every status). Receive ready rows and only draw.
import { ChartFrame, type FrameSource } from "../../../components/ChartFrame";
import type { IsoDate } from "../../../data/schemas/common";
import type { OryxType } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../../lib/format";
import { seriesExportData } from "../charts/export-data";
import { TimeSeriesChart, type ChartRow } from "../charts/TimeSeriesChart";
import { ORYX_MAX_GAP_DAYS } from "../claimed/derive-claimed-confirmed";
import { oryxChangeLine, oryxChangeNotes, type OryxChartMarks } from "../oryx/derive-oryx-view";
import { STATUSES, type SidesRow, type StatusSplit } from "./derive-sides";
import { STATUS_LABELS, StatusBars } from "./StatusBars";

export const fmtRatio = (r: number) => `${formatNumber(r, undefined, 2)} : 1`;

interface FrameProps {
  type: OryxType;
  /** The type's name ("Tanks"). */
  label: string;
  range: DateRange;
  sources: readonly FrameSource[];
  dataTo: IsoDate;
}

export function SidesRatioFrame(
  props: FrameProps & { rows: readonly ChartRow[]; last: SidesRow | undefined; oryxMarks: OryxChartMarks },
) {
  const { type, label, range, sources, dataTo, last, oryxMarks } = props;
  const ratioRows = props.rows;
  const notes = oryxChangeNotes(oryxMarks);
  return (
    <ChartFrame
      id={`russia-ukraine-ratio-${type}`}
      title={
        last?.ratio != null
          ? `Russia : Ukraine on ${formatDate(last.date)}: ${fmtRatio(last.ratio)}`
          : "No ratio in this range"
      }
      subtitle={`${formatDateRange(range)} · ${label}, cumulative`}
      legend={[{ key: "ratio", label: "Russia ÷ Ukraine", color: "var(--side-russia)", shape: "line" }]}
      sources={sources}
      dataTo={dataTo}
      note="No value where Ukraine’s count is 0."
      exportData={seriesExportData(
        `${type}-russia-to-ukraine-ratio-oryx`,
        ratioRows,
        [{ key: "ratio", label: "Russia ÷ Ukraine" }],
        range,
        undefined,
        notes,
      )}
    >
      <TimeSeriesChart
        maxGapDays={ORYX_MAX_GAP_DAYS}
        rows={ratioRows}
        series={[{ key: "ratio", label: "Russia ÷ Ukraine", color: "var(--side-russia)" }]}
        format={fmtRatio}
        label={`Ratio of Russian to Ukrainian confirmed ${label} losses`}
        fractional
        height={200}
        marks={oryxMarks.marks}
        extra={(row) => oryxChangeLine(oryxMarks, row.date)}
      />
    </ChartFrame>
  );
}

export function SidesStatusFrame(props: FrameProps & { split: readonly StatusSplit[] }) {
  const { type, label, range, sources, dataTo, split } = props;
  return (
    <ChartFrame
      id={`oryx-status-${type}`}
      title={
        split[0] ? `${label} by status on ${formatDate(split[0].date)}` : "No complete snapshot in this range"
      }
      subtitle="Cumulative since 24 Feb 2022, the range’s last snapshot"
      note="“Captured” means taken intact by the other side (and often put back into service), so one side’s captured losses are the other side’s gains."
      legend={STATUSES.map((s) => ({
        key: s,
        label: STATUS_LABELS[s],
        color: `var(--status-${s})`,
        shape: "bar" as const,
      }))}
      sources={sources}
      dataTo={dataTo}
      exportData={{
        fileStem: `${type}-by-status-oryx`,
        columns: ["date", "side", ...STATUSES.map((s) => STATUS_LABELS[s])],
        rows: split.map((s) => [
          s.date,
          s.country === "russia" ? "Russia" : "Ukraine",
          ...STATUSES.map((k) => s.counts[k]),
        ]),
        range,
      }}
    >
      <StatusBars
        rows={split.map((s) => ({ side: s.country === "russia" ? "Russia" : "Ukraine", ...s.counts }))}
        label={split
          .map(
            (s) =>
              `${s.country === "russia" ? "Russia" : "Ukraine"}: ${STATUSES.map((k) => `${formatNumber(s.counts[k])} ${k}`).join(", ")}`,
          )
          .join("; ")}
      />
    </ChartFrame>
  );
}
