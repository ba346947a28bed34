// One losses chart: measures its width, places everything with the pure layouts
// (derive-losses-scales.ts, derive-losses-annotations.ts, derive-decimated-rows.ts), draws it
// (LossesPlot) and shows the shared readout (ChartReadout: cursor and floating tooltip) for the row
// under the pointer or picked with the arrow keys.
import { memo, useMemo, type PointerEvent as ReactPointerEvent } from "react";
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { ChartCursor, FloatingTooltip, TooltipLayer } from "../../../components/chart/ChartReadout";
import { TooltipCard } from "../../../components/chart/TooltipCard";
import { useChartReadout } from "../../../components/chart/use-chart-readout";
import { useChartSettled } from "../../../components/use-chart-settled";
import { useElementWidth } from "../../../components/use-element-width";
import { nearestIndex } from "../../../lib/derive-chart-layout";
import { formatNumber } from "../../../lib/format";
import type { ChartModel, ChartRow } from "../series/derive-chart-rows";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { deriveDecimatedRows } from "./derive-decimated-rows";
import { placeCorrectionMarkers, placeEvents } from "./derive-losses-annotations";
import { deriveLossesScales, type LossesScales } from "./derive-losses-scales";
import { deriveLossesTooltip } from "./derive-losses-tooltip";
import { viewUnit } from "../series/format-losses";
import type { LossesView, Scale } from "../losses-url-state";
import { LossesPlot } from "./LossesPlot";
import type { PlacedMarker } from "./ChartAnnotations";

export interface LossesSeriesProps {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  /** Events to draw (already filtered by the events toggle). */
  events: readonly WarEvent[];
  markers: readonly CorrectionMarker[];
}

interface SeriesChartProps extends LossesSeriesProps {
  label: string;
  height: number;
  showEventLabels: boolean;
  /** Colour per category (derive-line-colors.ts: muted past MAX_COLOURS unless highlighted). */
  colorOf: (c: GeneralStaffCategory) => string;
}

/** The rows drawn (decimated on a time axis, keeping every row with an event or a marker), placed. */
export function useDrawnRows(
  props: Pick<LossesSeriesProps, "model" | "categories" | "events" | "markers">,
  scales: LossesScales | null,
) {
  const { model, categories, events, markers } = props;
  const timeAxis = model.unit === "day";
  const bars = scales?.bars ?? false;
  const placedEvents = useMemo(
    () => placeEvents(events, model.rows, timeAxis),
    [events, model.rows, timeAxis],
  );
  // Where each correction marker sits; its colour is added apart, so hovering a legend key, which
  // recolours the lines, does not place the markers or decimate the rows again.
  const markerPlaces = useMemo(
    () => placeCorrectionMarkers(markers, categories, model.rows, { timeAxis, bars }),
    [markers, categories, model.rows, timeAxis, bars],
  );
  const drawn = useMemo(
    () =>
      timeAxis
        ? deriveDecimatedRows(
            model.rows,
            categories,
            new Set([...placedEvents, ...markerPlaces].map((p) => p.key)),
          )
        : model.rows,
    [timeAxis, model.rows, categories, placedEvents, markerPlaces],
  );
  const layout = scales?.layout;
  // Pixel x of every drawn row: what the pointer and the arrow keys move between.
  const xs = useMemo(
    () => (layout ? drawn.map((r) => layout.x(timeAxis ? r.t : r.key) ?? NaN) : []),
    [layout, drawn, timeAxis],
  );
  return { placedEvents, markerPlaces, drawn, xs };
}

/** Each marker in its line's colour. */
export function colorMarkers(
  places: ReturnType<typeof placeCorrectionMarkers>,
  colorOf: (c: GeneralStaffCategory) => string,
): PlacedMarker[] {
  return places.map((m) => ({ x: m.x, y: m.y, slot: m.slot, id: m.id, color: colorOf(m.category) }));
}

// Memoised: the frame's deferred render (its export rows) leaves the chart as it is.
export const LossesSeriesChart = memo(function LossesSeriesChart(props: SeriesChartProps) {
  const { model, categories, view, scale, markers, label, height, colorOf } = props;
  const [box, width] = useElementWidth<HTMLDivElement>();
  const scales = useMemo(
    () => deriveLossesScales({ model, categories, view, scale, width, height }),
    [model, categories, view, scale, width, height],
  );
  useChartSettled(`losses-${categories.join(",")}`, scales != null);
  const { placedEvents, markerPlaces, drawn, xs } = useDrawnRows(props, scales);
  const placedMarkers = useMemo(() => colorMarkers(markerPlaces, colorOf), [markerPlaces, colorOf]);
  const colors = useMemo(() => categories.map(colorOf), [categories, colorOf]);
  const drawnKeys = useMemo(() => drawn.map((r) => r.key), [drawn]);
  const { active, activeIndex, pointAt: pointAtRow, surfaceProps } = useChartReadout(box, drawnKeys);
  const activeRow = drawn[activeIndex];
  const pointAt = (e: ReactPointerEvent<SVGSVGElement>) =>
    pointAtRow(nearestIndex(xs, e.clientX - e.currentTarget.getBoundingClientRect().left), null);
  const activeX = xs[activeIndex];
  const layout = scales?.layout;
  const unit = `${viewUnit(view)}${scale === "log" ? ", log scale" : ""}`;
  return (
    <div ref={box} className="losses-chart">
      <div className="losses-chart__plot" style={{ height }}>
        {scales && layout && (
          <svg
            className="losses-surface"
            width={width}
            height={height}
            // Scales the prebuilt page's SVG (drawn at one width) to a narrower screen until redrawn.
            viewBox={`0 0 ${width} ${height}`}
            role="application"
            tabIndex={0}
            aria-label={`${label}: ${unit}. Use the arrow keys to read each point.`}
            onPointerMove={pointAt}
            onPointerDown={pointAt}
            {...surfaceProps}
          >
            <LossesPlot
              scales={scales}
              rows={model.rows}
              drawn={drawn}
              xs={xs}
              categories={categories}
              colors={colors}
              scale={scale}
              events={placedEvents}
              markers={placedMarkers}
              showEventLabels={props.showEventLabels}
            />
            {activeRow && activeX !== undefined && (
              <ChartCursor
                layout={layout}
                x={activeX}
                band={
                  scales.bars
                    ? { x: layout.x(activeRow.key, "start") ?? activeX, width: layout.bandwidth }
                    : undefined
                }
                dots={scales.bars ? [] : categories.map((c, i) => dotOf(activeRow, c, colors[i], layout.y))}
              />
            )}
          </svg>
        )}
        <TooltipLayer keyboard={active?.keyboard ?? false}>
          {activeRow && activeX !== undefined && layout && (
            <FloatingTooltip
              x={activeX}
              y={tooltipY(activeRow, categories, layout)}
              width={width}
              height={height}
            >
              <TooltipCard
                {...deriveLossesTooltip({
                  row: activeRow,
                  categories,
                  model,
                  view,
                  markers,
                  events: props.events,
                  colorOf,
                })}
              />
            </FloatingTooltip>
          )}
        </TooltipLayer>
      </div>
      {drawn.length < model.rows.length && (
        <p className="losses-chart__decimated">
          Drawn with {formatNumber(drawn.length)} of {formatNumber(model.rows.length)} days: every stretch of
          days keeps its highest and lowest, so no peak or correction is lost; hover shows those days, the
          table lists every day.
        </p>
      )}
    </div>
  );
});

function dotOf(
  row: ChartRow,
  c: GeneralStaffCategory,
  color: string | undefined,
  y: (v: number) => number | undefined,
) {
  const v = row.plotted[c];
  return { key: c, color: color ?? "var(--axis)", y: v == null ? undefined : y(v) };
}

/** The tooltip's height: beside the first drawn value on the row, else mid-plot. */
function tooltipY(
  row: ChartRow,
  categories: readonly GeneralStaffCategory[],
  layout: NonNullable<LossesScales["layout"]>,
): number {
  const first = categories.map((c) => row.plotted[c]).find((v) => v != null);
  return (first != null && layout.y(first)) || layout.plot.y + layout.plot.height / 2;
}
