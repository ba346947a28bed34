// The losses explorer: joins the General Staff dataset (TanStack Query), the URL filters and the
// derivations, memoised so a range change only re-slices series derived once per dataset.
import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo } from "react";
import { AfterFirstChart, useAfterFirstChart } from "../../components/AfterFirstChart";
import { Loaded } from "../../components/Loaded";
import { useEvents } from "../../data/queries/events";
import { useLosses } from "../../data/queries/losses";
import { useMethodChanges } from "../../data/queries/method-changes";
import {
  GENERAL_STAFF_CATEGORIES,
  type GeneralStaffCategory,
  type LossesFile,
} from "../../data/schemas/losses";
import type { DateRange } from "../../filters/range";
import type { IsoDate } from "../../data/schemas/common";
import { formatDateRange } from "../../lib/format";
import { addDays, diffDays } from "../../lib/dates";
import { useRangeUpdate, useUrlState, type UseUrlState } from "../../filters/use-url-state";
import { FollowRange } from "../../components/FollowRange";
import { latestStatementText } from "./series/derive-latest-statement";
import { isPersonnel } from "../../data/categories";
import { deriveSwatchColors } from "./chart/derive-line-colors";
import type { UpdateOptions } from "../../filters/use-url-state";
import { PLOT_INSETS } from "./chart/derive-losses-scales";
import { deriveEventsFootnote, deriveLossesGroups, deriveShownEvents } from "./chart/derive-losses-groups";
import { useLossesModel } from "./use-losses-model";
import { KpiStrip } from "./KpiStrip";
import { LossesChart } from "./chart/LossesChart";
import { LossesControls } from "./LossesControls";
import { lossesUrlState, type LossesState } from "./losses-url-state";
import "./losses.css";

// Below the chart, loaded once it is painted: the notes, table and category miniatures, and the
// brush (the placeholder holds its height, losses.css, so nothing below moves when it arrives).
const LossesDetails = lazy(() => import("./details/LossesDetails"));
const RangeBrush = lazy(() =>
  import("../../components/range-brush/RangeBrush").then((m) => ({ default: m.RangeBrush })),
);

/** A span as long as `range` (both ends counted) that ends on `day`, for a range past the data. */
function spanEndingOn(range: DateRange, day: IsoDate): DateRange {
  return { from: addDays(day, -diffDays(range.to, range.from)), to: day };
}

export function LossesPanel() {
  const losses = useLosses();
  const updateRange = useRangeUpdate();
  const { state, update } = useUrlState(lossesUrlState);
  // About the explorer's final height (losses.css), so the lazy sections below stay out of reach
  // (and unloaded) until the first chart is drawn.
  return (
    <Loaded
      queries={[losses] as const}
      title="The losses data could not be loaded"
      label="the losses data"
      height={640}
      pendingClassName="losses-pending"
    >
      {(file) => (
        <FollowRange className="losses-follow">
          {(range) => (
            <LossesExplorer
              file={file}
              range={range}
              onRangeChange={updateRange}
              state={state}
              update={update}
            />
          )}
        </FollowRange>
      )}
    </Loaded>
  );
}

interface ExplorerProps {
  file: LossesFile;
  range: DateRange;
  onRangeChange: (range: DateRange, options?: UpdateOptions) => void;
  state: LossesState;
  update: UseUrlState<LossesState>["update"];
}

// Memoised: off screen, FollowRange hands it the range it last drew, and nothing else changed.
const LossesExplorer = memo(function LossesExplorer({
  file,
  range: globalRange,
  onRangeChange,
  state,
  update,
}: ExplorerProps) {
  const events = useEvents();
  const brushReady = useAfterFirstChart();
  const gs = file.generalStaff;
  const { view, scale } = state;

  const { cats, range, days, series, totals, model, markers } = useLossesModel(gs, globalRange, state);
  const { from, to } = globalRange;

  // The brush's miniature follows the first selected equipment category (tanks by default).
  const overviewCategory = cats.find((c) => !isPersonnel(c)) ?? cats[0] ?? "tank";
  const overview = useMemo(
    () => gs.dates.map((key, i) => ({ key, value: series[overviewCategory].avg7[i] ?? null })),
    [gs.dates, series, overviewCategory],
  );
  const firstDay = gs.dates[0];
  const shownEvents = useMemo(
    () => (state.events && events.data ? deriveShownEvents(events.data.events, range, firstDay) : []),
    [state.events, events.data, range, firstDay],
  );

  const setRange = useCallback(
    (r: DateRange, options?: UpdateOptions) => onRangeChange(r, options),
    [onRangeChange],
  );
  const lastDay = gs.dates[gs.dates.length - 1] as IsoDate;
  const noData = from > lastDay || days === 0;
  // The General Staff's listed changes of method (new categories' back-counts, the vehicles merge)
  // for each group's categories, marked on its chart like events, whether or not events are shown.
  const methodChanges = useMethodChanges();
  const groups = useMemo(
    () => deriveLossesGroups(cats, totals, range, methodChanges.data?.changes),
    [cats, totals, range, methodChanges.data],
  );
  const eventsFootnote =
    state.events && events.data ? deriveEventsFootnote(events.data.events, shownEvents, range) : undefined;
  const toggleCategory = useCallback(
    (c: GeneralStaffCategory) =>
      update({
        cats: GENERAL_STAFF_CATEGORIES.filter((k) => (k === c ? !cats.includes(c) : cats.includes(k))),
      }),
    [update, cats],
  );
  const refetchEvents = events.refetch;
  const retryEvents = useCallback(() => void refetchEvents(), [refetchEvents]);
  const source = file.sources.find((s) => s.id === "general-staff") ?? file.sources[0];

  // What sits below the charts follows a range change in a second, interruptible render, so the
  // charts are painted first (the miniatures and notes are below the fold on most screens).
  const below = useDeferredValue(
    useMemo(
      () => ({ range, days, model, cats, view, scale, markers, events: shownEvents }),
      [range, days, model, cats, view, scale, markers, shownEvents],
    ),
  );

  // Memoised like every prop of the memo'd chart: a new array would redraw every chart on any URL
  // change (e.g. the map's day while it plays).
  const frameSources = useMemo(() => (source ? [{ name: source.name, url: source.url }] : []), [source]);
  return (
    <div className="losses">
      {/* Always there, whatever the range, so a range change never moves the charts below it. */}
      <p className="losses-latest" data-testid="losses-latest">
        {latestStatementText(lastDay, { from, to }, noData)}
        {noData && (
          <button
            type="button"
            className="button"
            onClick={() => setRange(spanEndingOn(globalRange, lastDay))}
          >
            Show {formatDateRange(spanEndingOn(globalRange, lastDay))}
          </button>
        )}
      </p>
      <LossesControls cats={cats} view={view} scale={scale} events={state.events} onChange={update} />
      {!noData && (
        <div className="losses-top">
          <LossesChart
            groups={groups}
            subtitle={formatDateRange(range)}
            sources={frameSources}
            dataTo={lastDay}
            footnote={eventsFootnote}
            model={model}
            view={view}
            scale={scale}
            events={shownEvents}
            markers={markers}
          />
          <KpiStrip totals={totals} range={range} />
        </div>
      )}
      <Suspense fallback={<div className="losses-brush-pending" />}>
        {brushReady ? (
          <RangeBrush
            points={overview}
            range={range}
            color={deriveSwatchColors(cats)[overviewCategory] ?? "var(--axis)"}
            frameColor="var(--axis)"
            onCommit={setRange}
            insets={PLOT_INSETS}
            settledName="losses-brush"
          />
        ) : (
          <div className="losses-brush-pending" />
        )}
      </Suspense>
      {/* Below the chart: loaded and drawn once it is painted, so it appears sooner. */}
      <AfterFirstChart>
        <Suspense fallback={null}>
          <LossesDetails
            gs={gs}
            series={series}
            range={below.range}
            days={below.days}
            model={below.model}
            cats={below.cats}
            view={below.view}
            scale={below.scale}
            markers={below.markers}
            overviewCategory={overviewCategory}
            startsAtFirstStatement={below.range.from === firstDay}
            source={source}
            events={below.events}
            eventsEnabled={state.events}
            eventsStatus={events.status}
            eventsError={events.error}
            onEventsRetry={retryEvents}
            onToggle={toggleCategory}
          />
        </Suspense>
      </AfterFirstChart>
    </div>
  );
});
