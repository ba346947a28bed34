// What sits below the losses chart: the notes on what it shows, the source, corrections and events,
// the table, and a miniature per category. A separate bundle, loaded after the first frame: none
// of it is needed to draw the first chart.
import { memo, useMemo } from "react";
import type { DateRange } from "../../../filters/range";
import type { Source } from "../../../data/schemas/common";
import type { WarEvent } from "../../../data/schemas/events";
import {
  GENERAL_STAFF_CATEGORIES,
  type GeneralStaff,
  type GeneralStaffCategory,
} from "../../../data/schemas/losses";
import { rangeIndexes } from "../../../lib/series-index";
import type { ChartModel } from "../series/derive-chart-rows";
import type { SeriesByCategory } from "../series/derive-category-series";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { derivePeriodChanges, sortByPeriodChange } from "./derive-period-change";
import { deriveDownsampled, deriveSparklinePath } from "../../../lib/derive-sparkline-path";
import type { LossesView, Scale } from "../losses-url-state";
import { ChartNotes, CorrectionsList, EventsList, SourceCredit } from "./LossesNotes";
import { LossesTable } from "./LossesTable";
import { SPARK_HEIGHT, SPARK_WIDTH, Sparklines } from "./Sparklines";

/** About one point per pixel of a sparkline card. */
const SPARK_POINTS = 120;

export interface LossesDetailsProps {
  gs: GeneralStaff;
  series: SeriesByCategory;
  range: DateRange;
  /** Days in the range, for the miniatures' "in N days". */
  days: number;
  model: ChartModel;
  cats: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  markers: readonly CorrectionMarker[];
  overviewCategory: GeneralStaffCategory;
  startsAtFirstStatement: boolean;
  source: Source | undefined;
  events: readonly WarEvent[];
  eventsEnabled: boolean;
  eventsStatus: "pending" | "error" | "success";
  eventsError: unknown;
  onEventsRetry: () => void;
  onToggle: (category: GeneralStaffCategory) => void;
}

export default memo(function LossesDetails(props: LossesDetailsProps) {
  const { gs, series, range, model, cats, view, scale, markers } = props;
  const sparkCards = useMemo(() => {
    const span = rangeIndexes(gs.dates, range);
    return sortByPeriodChange(derivePeriodChanges(gs, range, GENERAL_STAFF_CATEGORIES)).map((change) => {
      const values = span ? series[change.category].avg7.slice(span.start, span.end + 1) : [];
      return {
        change,
        path: deriveSparklinePath(deriveDownsampled(values, SPARK_POINTS), SPARK_WIDTH, SPARK_HEIGHT),
      };
    });
  }, [gs, series, range]);
  return (
    <>
      <ChartNotes
        model={model}
        categories={cats}
        view={view}
        scale={scale}
        markers={markers}
        overviewCategory={props.overviewCategory}
        startsAtFirstStatement={props.startsAtFirstStatement}
      />
      {props.source && <SourceCredit source={props.source} />}
      <CorrectionsList markers={markers} />
      <EventsList
        events={props.events}
        enabled={props.eventsEnabled}
        status={props.eventsStatus}
        error={props.eventsError}
        onRetry={props.onEventsRetry}
      />
      <LossesTable model={model} categories={cats} view={view} />
      <h3 className="losses-sparks__title">All categories in this range</h3>
      <p className="losses-sparks__intro">
        Losses per day (7-day average) for every category, the biggest increase versus the previous period of
        the same length first. Press a card to add it to the chart above, or to remove it.
      </p>
      <Sparklines cards={sparkCards} selected={cats} days={props.days} onToggle={props.onToggle} />
    </>
  );
});
