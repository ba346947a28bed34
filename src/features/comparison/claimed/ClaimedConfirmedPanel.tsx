// Panel 1: the General Staff's claimed Russian losses against the losses Oryx confirmed with photos
// or videos, per comparable pair of oryx.json's mapping, on the days both have a value.
import { useMemo } from "react";
import { SegmentedControl } from "../../../components/SegmentedControl";
import { claimedConfirmedChangeText } from "../oryx/derive-range-change";
import { CATEGORY_LABELS } from "../../../data/categories";
import type { LossesFile } from "../../../data/schemas/losses";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { OryxFile } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import type { ComparisonState, RatioView } from "../comparison-url-state";
import { RATIO_VIEWS } from "../comparison-url-state";
import { deriveClaimedConfirmed, documentingFrom, ROLLING_DAYS } from "./derive-claimed-confirmed";
import { deriveOryxChartMarks, deriveOryxView, hasPublishedVariant } from "../oryx/derive-oryx-view";
import { OryxDefinitionControl, OryxDefinitionNote } from "../oryx/OryxDefinitionControl";
import { OryxRangeHint } from "../oryx/OryxRangeHint";
import { ClaimedConfirmedCharts } from "./ClaimedConfirmedCharts";
import { SourceNotes } from "../charts/SourceNote";
import type { Span } from "../charts/TimeSeriesChart";

/** Oryx's last weeks are shaded: evidence of recent losses keeps surfacing for weeks. */
export const DOCUMENTING_WEEKS = 8;

const RATIO_LABELS: Record<RatioView, string> = {
  cumulative: "Cumulative",
  rolling: `Rolling ${ROLLING_DAYS} days`,
};

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
  const label = CATEGORY_LABELS[pair.generalStaff];
  const oryxTypes = pair.oryx.map((t) => oryx.typeLabels[t]).join(" + ");
  const docFrom = documentingFrom(oryx.dates, DOCUMENTING_WEEKS);
  const oryxLast = oryx.dates.at(-1)!;
  const spans: Span[] =
    docFrom && docFrom <= range.to && oryxLast >= range.from
      ? [{ from: docFrom, to: oryxLast, label: "Oryx: still being documented" }]
      : [];
  const gsSource = losses.sources.find((s) => s.id === "general-staff") ?? losses.sources[0]!;
  const oryxSource = oryx.sources[0]!;
  const frameSources = [
    { name: "General Staff of Ukraine (via PetroIvaniuk dataset)", url: gsSource.url },
    { name: "Oryx", url: oryxSource.url },
  ];
  const rangeChange = claimedConfirmedChangeText(
    losses.generalStaff,
    oryx,
    pair.generalStaff,
    pair.oryx,
    range,
  );

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
      <ClaimedConfirmedCharts
        pair={pair.generalStaff}
        rows={rows}
        range={range}
        ratio={state.ratio}
        spans={spans}
        oryxMarks={oryxMarks}
        sources={frameSources}
        dataTo={minDay(oryxLast, losses.generalStaff.dates.at(-1)!)}
        oryxLast={oryxLast}
        rangeChange={rangeChange}
      />
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
