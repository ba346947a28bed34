// Panel 1: the General Staff's claimed Russian losses against the losses Oryx confirmed with photos
// or videos, per comparable pair of oryx.json's mapping, on the days both have a value.
import { useMemo } from "react";
import { SegmentedControl } from "../../../components/SegmentedControl";
import { claimedConfirmedChangeText } from "../oryx/derive-range-change";
import { ChartFrame } from "../../../components/ChartFrame";
import { seriesExportData } from "../charts/export-data";
import { CATEGORY_LABELS, CATEGORY_UNITS } from "../../../data/categories";
import type { LossesFile } from "../../../data/schemas/losses";
import type { IsoDate } from "../../../data/schemas/common";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { OryxFile } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange, formatNumber } from "../../../lib/format";
import type { ComparisonState, RatioView } from "../comparison-url-state";
import { RATIO_VIEWS } from "../comparison-url-state";
import {
  deriveClaimedConfirmed,
  documentingFrom,
  ROLLING_DAYS,
  ORYX_MAX_GAP_DAYS,
} from "./derive-claimed-confirmed";
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
import { TimeSeriesChart, type ChartRow, type Span } from "../charts/TimeSeriesChart";

/** Oryx's last weeks are shaded: evidence of recent losses keeps surfacing for weeks. */
export const DOCUMENTING_WEEKS = 8;

const RATIO_LABELS: Record<RatioView, string> = {
  cumulative: "Cumulative",
  rolling: `Rolling ${ROLLING_DAYS} days`,
};

const fmtRatio = (r: number) => `${formatNumber(r, undefined, 2)}×`;

interface Props {
  losses: LossesFile;
  oryx: OryxFile;
  /** The ledger (method-changes.json): Oryx's changes are marked on the charts they touch. */
  methodChanges: readonly MethodChange[];
  range: DateRange;
  state: ComparisonState;
  update: (patch: Partial<ComparisonState>) => void;
  onRangeChange: (range: DateRange) => void;
}

export function ClaimedConfirmedPanel(props: Props) {
  const { losses, methodChanges, range, state, update, onRangeChange } = props;
  // Like for like by default, as published on request (?cmpOryx=published).
  const oryx = useMemo(() => deriveOryxView(props.oryx, state.oryx), [props.oryx, state.oryx]);
  const comparable = useMemo(() => oryx.mapping.filter((m) => m.comparable), [oryx]);
  const other = oryx.mapping.filter((m) => !m.comparable);
  const pair = comparable.find((m) => m.generalStaff === state.pair) ?? comparable[0];
  const rows = useMemo(() => {
    const chosen = comparable.find((m) => m.generalStaff === state.pair) ?? comparable[0];
    return chosen ? deriveClaimedConfirmed(losses.generalStaff, oryx, chosen, range) : [];
  }, [losses.generalStaff, oryx, comparable, state.pair, range]);
  const oryxMarks = useMemo(
    () =>
      deriveOryxChartMarks(
        methodChanges,
        pair?.oryx ?? [],
        range,
        rows.map((r) => r.date),
      ),
    [methodChanges, pair, range, rows],
  );
  if (!pair) return <p>No comparable pair in the Oryx mapping.</p>;
  const changeLine = (date: IsoDate) => oryxChangeLine(oryxMarks, date);
  const notes = oryxChangeNotes(oryxMarks);
  const label = CATEGORY_LABELS[pair.generalStaff];
  const units = CATEGORY_UNITS[pair.generalStaff].many;
  const oryxTypes = pair.oryx.map((t) => oryx.typeLabels[t]).join(" + ");
  const docFrom = documentingFrom(oryx.dates, DOCUMENTING_WEEKS);
  const oryxLast = oryx.dates.at(-1)!;
  const spans: Span[] =
    docFrom && docFrom <= range.to && oryxLast >= range.from
      ? [{ from: docFrom, to: oryxLast, label: "Oryx: still being documented" }]
      : [];
  const last = rows.at(-1);
  const gsSource = losses.sources.find((s) => s.id === "general-staff") ?? losses.sources[0]!;
  const oryxSource = oryx.sources[0]!;
  const frameSources = [
    { name: "General Staff of Ukraine (via PetroIvaniuk dataset)", url: gsSource.url },
    { name: "Oryx", url: oryxSource.url },
  ];
  const rolling = state.ratio === "rolling";
  const ratioRows: ChartRow[] = rows.map((r) => ({
    date: r.date,
    ratio: rolling ? (r.rolling?.ratio ?? null) : r.ratio,
  }));
  const countRows: ChartRow[] = rows.map((r) => ({
    date: r.date,
    claimed: r.claimed,
    confirmed: r.confirmed,
  }));
  const rangeChange = claimedConfirmedChangeText(
    losses.generalStaff,
    oryx,
    pair.generalStaff,
    pair.oryx,
    range,
  );
  const lastRatio = [...ratioRows].reverse().find((r) => typeof r.ratio === "number");

  return (
    <div className="cmp-panel" id="cmp-claimed">
      <h3 className="cmp-panel__title">
        Claimed by Ukraine’s General Staff vs confirmed by Oryx (Russian losses)
      </h3>
      <div className="cmp-controls">
        <label className="cmp-select">
          Category{" "}
          <select
            value={pair.generalStaff}
            onChange={(e) => update({ pair: e.target.value as typeof pair.generalStaff })}
          >
            {comparable.map((m) => (
              <option key={m.generalStaff} value={m.generalStaff}>
                {CATEGORY_LABELS[m.generalStaff]}
              </option>
            ))}
          </select>
        </label>
        <SegmentedControl
          legend="Ratio"
          name="cmp-ratio"
          options={RATIO_VIEWS}
          labels={RATIO_LABELS}
          value={state.ratio}
          onChange={(ratio) => update({ ratio })}
        />
        {hasPublishedVariant(props.oryx, pair.oryx) && (
          <OryxDefinitionControl
            name="cmp-oryx-claimed"
            value={state.oryx}
            onChange={(value) => update({ oryx: value })}
          />
        )}
      </div>
      <p className="cmp-mapping">
        <strong>{label}</strong> (General Staff) vs Oryx’s <strong>{oryxTypes}</strong>. {pair.note}
      </p>
      {hasPublishedVariant(props.oryx, pair.oryx) && (
        <OryxDefinitionNote changes={methodChanges} types={pair.oryx} value={state.oryx} />
      )}
      {rows.length === 0 && oryxLast < range.from && (
        <OryxRangeHint oryxLast={oryxLast} onRangeChange={onRangeChange} />
      )}
      <ChartFrame
        id={`claimed-vs-confirmed-${pair.generalStaff}`}
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
        sources={frameSources}
        dataTo={minDay(oryxLast, losses.generalStaff.dates.at(-1)!)}
        summary={`Lines of the General Staff's claimed ${units} and Oryx's confirmed ${units} on ${rows.length} days.`}
        exportData={seriesExportData(
          `${pair.generalStaff}-claimed-general-staff-vs-confirmed-oryx`,
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
              ...changeLine(row.date),
            ];
          }}
        />
      </ChartFrame>
      <ChartFrame
        id={`claim-ratio-${pair.generalStaff}`}
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
        sources={frameSources}
        dataTo={minDay(oryxLast, losses.generalStaff.dates.at(-1)!)}
        exportData={seriesExportData(
          `${pair.generalStaff}-claimed-to-confirmed-ratio-${state.ratio}`,
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
            return [...lines, ...changeLine(row.date)];
          }}
        />
      </ChartFrame>
      {other.length > 0 && (
        <div className="cmp-noncomparable">
          <h4>Not compared</h4>
          <ul>
            {other.map((m) => (
              <li key={m.generalStaff}>
                <strong>{CATEGORY_LABELS[m.generalStaff]}</strong> vs Oryx’s{" "}
                {m.oryx.map((t) => oryx.typeLabels[t]).join(" + ")}: {m.note}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SourceNotes sources={[gsSource, oryxSource]} />
    </div>
  );
}

const minDay = <T extends string>(a: T, b: T): T => (a < b ? a : b);
