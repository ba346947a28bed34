// Panel 2: Russia vs Ukraine as Oryx confirms them: both sides' losses of one type, their ratio over
// time, and the split by status.
import { useMemo } from "react";
import { sidesChangeText } from "../oryx/derive-range-change";
import { ChartFrame } from "../../../components/ChartFrame";
import { seriesExportData } from "../charts/export-data";
import type { IsoDate } from "../../../data/schemas/common";
import type { MethodChange } from "../../../data/schemas/method-changes";
import { ORYX_TYPES, type OryxFile, type OryxType } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../../lib/format";
import type { ComparisonState } from "../comparison-url-state";
import { deriveSides, deriveStatusSplit } from "./derive-sides";
import {
  deriveOryxChartMarks,
  deriveOryxView,
  hasPublishedVariant,
  oryxChangeLine,
  oryxChangeNotes,
} from "../oryx/derive-oryx-view";
import { OryxDefinitionControl, OryxDefinitionNote } from "../oryx/OryxDefinitionControl";
import { OryxRangeHint } from "../oryx/OryxRangeHint";
import { SourceNotes } from "../charts/SourceNote";
import { fmtRatio, SidesRatioFrame, SidesStatusFrame } from "./SidesFrames";
import { ORYX_MAX_GAP_DAYS } from "../claimed/derive-claimed-confirmed";
import { TimeSeriesChart, type ChartRow } from "../charts/TimeSeriesChart";

interface Props {
  oryx: OryxFile;
  /** The ledger (method-changes.json): Oryx's changes are marked on the charts they touch. */
  methodChanges: readonly MethodChange[];
  range: DateRange;
  state: ComparisonState;
  update: (patch: Partial<ComparisonState>) => void;
  onRangeChange: (range: DateRange) => void;
}

export function SidesPanel(props: Props) {
  const { methodChanges, range, state, update, onRangeChange } = props;
  // Like for like by default, as published on request (?cmpOryx=published).
  const oryx = useMemo(() => deriveOryxView(props.oryx, state.oryx), [props.oryx, state.oryx]);
  // Types that exist for both sides (all-null rows are dropped from the choice).
  const types = ORYX_TYPES.filter((t) =>
    (["russia", "ukraine"] as const).every((c) => oryx.countries[c][t]?.total.some((v) => v != null)),
  );
  const type: OryxType = types.includes(state.type) ? state.type : "tanks";
  const rows = useMemo(() => deriveSides(oryx, type, range), [oryx, type, range]);
  const split = useMemo(() => deriveStatusSplit(oryx, type, range), [oryx, type, range]);
  const oryxMarks = useMemo(
    () =>
      deriveOryxChartMarks(
        methodChanges,
        [type],
        range,
        rows.map((r) => r.date),
      ),
    [methodChanges, type, range, rows],
  );
  const changeLine = (date: IsoDate) => oryxChangeLine(oryxMarks, date);
  const notes = oryxChangeNotes(oryxMarks);
  const twoDefinitions = hasPublishedVariant(props.oryx, [type]);
  const label = oryx.typeLabels[type];
  const last = rows.at(-1);
  const source = oryx.sources[0]!;
  const sources = [{ name: "Oryx", url: source.url }];
  const countRows: ChartRow[] = rows.map((r) => ({ date: r.date, russia: r.russia, ukraine: r.ukraine }));
  const ratioRows: ChartRow[] = rows.map((r) => ({ date: r.date, ratio: r.ratio }));
  const oryxLast = oryx.dates.at(-1)!;
  const rangeChange = sidesChangeText(oryx, type, range);
  return (
    <div className="cmp-panel" id="cmp-sides">
      <h3 className="cmp-panel__title">Russia vs Ukraine: losses confirmed by Oryx</h3>
      <div className="cmp-controls">
        <label className="cmp-select">
          Equipment type{" "}
          <select value={type} onChange={(e) => update({ type: e.target.value as OryxType })}>
            {types.map((t) => (
              <option key={t} value={t}>
                {oryx.typeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        {twoDefinitions && (
          <OryxDefinitionControl
            name="cmp-oryx-sides"
            value={state.oryx}
            onChange={(value) => update({ oryx: value })}
          />
        )}
      </div>
      {twoDefinitions && <OryxDefinitionNote changes={methodChanges} types={[type]} value={state.oryx} />}
      {rows.length === 0 && oryxLast < range.from && (
        <OryxRangeHint oryxLast={oryxLast} onRangeChange={onRangeChange} />
      )}
      <ChartFrame
        id={`russia-vs-ukraine-${type}`}
        title={
          last
            ? `${formatDate(last.date)}: Russia at least ${formatNumber(last.russia)}, Ukraine at least ${formatNumber(last.ukraine)} (${label})${rangeChange ? `; ${rangeChange}` : ""}`
            : oryxLast < range.from
              ? `No Oryx snapshot in this range (Oryx data ends ${formatDate(oryxLast)})`
              : "No Oryx snapshot in this range"
        }
        subtitle={`${formatDateRange(range)} · cumulative since 24 Feb 2022, on Oryx’s snapshot days`}
        note="Both sides counted the same way: only losses with photo or video evidence, so both are floors."
        legend={[
          { key: "russia", label: "Russia, at least", color: "var(--side-russia)", shape: "line" },
          { key: "ukraine", label: "Ukraine, at least", color: "var(--side-ukraine)", shape: "dash" },
        ]}
        sources={sources}
        dataTo={oryxLast}
        exportData={seriesExportData(
          `${type}-russia-vs-ukraine-confirmed-oryx`,
          countRows,
          [
            { key: "russia", label: "Russia, at least" },
            { key: "ukraine", label: "Ukraine, at least" },
          ],
          range,
          `${label}, cumulative`,
          notes,
        )}
      >
        <TimeSeriesChart
          maxGapDays={ORYX_MAX_GAP_DAYS}
          rows={countRows}
          series={[
            { key: "russia", label: "Russia", color: "var(--side-russia)" },
            { key: "ukraine", label: "Ukraine", color: "var(--side-ukraine)", dashed: true },
          ]}
          format={(v) => formatNumber(v)}
          label={`Confirmed ${label} losses of Russia and Ukraine, ${formatDateRange(range)}`}
          marks={oryxMarks.marks}
          extra={(row) => {
            const r = rows.find((x) => x.date === row.date);
            return [
              ...(r?.ratio != null ? [`Russia : Ukraine = ${fmtRatio(r.ratio)}`] : []),
              ...changeLine(row.date),
            ];
          }}
        />
      </ChartFrame>
      <SidesRatioFrame
        type={type}
        label={label}
        rows={ratioRows}
        last={last}
        range={range}
        sources={sources}
        dataTo={oryxLast}
        oryxMarks={oryxMarks}
      />
      <SidesStatusFrame
        type={type}
        label={label}
        split={split}
        range={range}
        sources={sources}
        dataTo={oryxLast}
      />
      <SourceNotes sources={[source]} />
    </div>
  );
}
