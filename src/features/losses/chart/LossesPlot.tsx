// The losses chart's drawing, everything but the pointer's readout: grid, axes, the lines (or the
// weekly and monthly bars), events, correction markers and the names at the line ends. Only draws
// what the pure layouts placed (derive-losses-scales.ts, derive-losses-annotations.ts), so it
// renders the same on the server, in a test and in the browser.
import { memo, useId, useMemo } from "react";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { GridLines, XAxisLayer, YAxisLayer } from "../../../components/chart/ChartAxes";
import type { ChartLayout } from "../../../lib/derive-chart-layout";
import { deriveLinePath } from "../../../lib/derive-line-path";
import { BarsLayer } from "./BarsLayer";
import { ChartAnnotations, type PlacedMarker } from "./ChartAnnotations";
import type { ChartRow } from "../series/derive-chart-rows";
import { placeEndLabels, type PlacedEvent } from "./derive-losses-annotations";
import type { LossesScales } from "./derive-losses-scales";
import type { Scale } from "../losses-url-state";

export const AXIS_COLOR = "var(--axis)";
const GRID_COLOR = "var(--grid)";

export interface LossesPlotProps {
  scales: LossesScales;
  /** Every row (bars are drawn from these). */
  rows: readonly ChartRow[];
  /** The rows lines are drawn through (decimated on long daily ranges). */
  drawn: readonly ChartRow[];
  /** Pixel x of each drawn row. */
  xs: readonly number[];
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
  scale: Scale;
  events: readonly PlacedEvent[];
  markers: readonly PlacedMarker[];
  showEventLabels: boolean;
}

/** Redrawn when the data or size changes, not on hover. */
export const LossesPlot = memo(function LossesPlot(props: LossesPlotProps) {
  const { scales, rows, drawn, categories, colors, scale } = props;
  const { layout } = scales;
  const clipId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { plot } = layout;
  const zero = scales.zeroLine ? layout.y(0) : undefined;
  return (
    <>
      {/* A log axis has fixed bounds (whole powers of ten): lines past them are cut at the plot. */}
      {scale === "log" && (
        <defs>
          <clipPath id={clipId}>
            <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
          </clipPath>
        </defs>
      )}
      <GridLines layout={layout} ticks={scales.yTicks} color={GRID_COLOR} />
      <XAxisLayer layout={layout} ticks={scales.xTicks} format={scales.formatXTick} color={AXIS_COLOR} />
      <YAxisLayer layout={layout} ticks={scales.yTicks} format={scales.formatYTick} color={AXIS_COLOR} />
      {zero !== undefined && (
        <line
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={zero}
          y2={zero}
          stroke={AXIS_COLOR}
          aria-hidden="true"
        />
      )}
      {scales.bars ? (
        <BarsLayer layout={layout} rows={rows} categories={categories} colors={colors} scale={scale} />
      ) : (
        categories.map((c, i) => (
          <SeriesLine
            key={c}
            layout={layout}
            xs={props.xs}
            rows={drawn}
            category={c}
            color={colors[i] ?? AXIS_COLOR}
            clipPath={scale === "log" ? `url(#${clipId})` : undefined}
          />
        ))
      )}
      <ChartAnnotations
        layout={layout}
        events={props.events}
        markers={props.markers}
        showEventLabels={props.showEventLabels}
        eventColor={AXIS_COLOR}
        markerFill="var(--bg)"
      />
      {scales.endLabels && <EndLabels layout={layout} rows={drawn} categories={categories} colors={colors} />}
    </>
  );
});

/** One category's line: straight segments through its drawn rows, a gap where a value is missing. */
const SeriesLine = memo(function SeriesLine(props: {
  layout: ChartLayout;
  xs: readonly number[];
  rows: readonly ChartRow[];
  category: GeneralStaffCategory;
  color: string;
  clipPath: string | undefined;
}) {
  const { layout, xs, rows, category } = props;
  const d = useMemo(() => {
    const ys = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as ChartRow).plotted[category];
      ys[i] = v == null ? NaN : (layout.y(v) ?? NaN);
    }
    return deriveLinePath(xs, ys);
  }, [layout, xs, rows, category]);
  return (
    <g className="losses-line" aria-hidden="true">
      <path
        d={d}
        fill="none"
        stroke={props.color}
        strokeWidth={2}
        strokeLinejoin="round"
        clipPath={props.clipPath}
      />
    </g>
  );
});

/** Category names at the line ends (direct labels), in their line's colour. */
function EndLabels(props: {
  layout: ChartLayout;
  rows: readonly ChartRow[];
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
}) {
  const { categories, colors } = props;
  const labels = placeEndLabels(props.layout, props.rows, categories);
  return (
    <g className="losses-end-labels" aria-hidden="true">
      {labels.map((l) => (
        <text
          key={l.category}
          x={l.x}
          y={l.y}
          dy="0.32em"
          fontSize={11}
          fill={colors[categories.indexOf(l.category)]}
          stroke="var(--bg)"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
