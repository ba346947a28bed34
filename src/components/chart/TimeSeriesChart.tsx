// Draws dated series as lines on a time axis (gapped dates are placed by day, never joined across
// a missing value), with optional shaded spans and marked days: the comparison charts and the map's
// sector chart. Only draws, as plain SVG from a pure layout (lib/derive-time-series.ts): in
// Recharts, each range change redrew these charts in single 150–300 ms tasks (its store selectors,
// reference lines and label measuring).
import { memo, useId, useMemo, useRef, type PointerEvent } from "react";
import type { ChartLayout } from "../../lib/derive-chart-layout";
import { deriveValueTicks, type YTicks } from "../../lib/derive-y-ticks";
import { formatDate } from "../../lib/format";
import { dayFromNumber } from "../../lib/series-index";
import { useChartSettled } from "../use-chart-settled";
import { GridLines, XAxisLayer, YAxisLayer } from "./ChartAxes";
import { MeasuredChart } from "./MeasuredChart";
import { ChartCursor, FloatingTooltip, TooltipLayer } from "./ChartReadout";
import { TooltipCard } from "./TooltipCard";
import { useChartReadout } from "./use-chart-readout";
import "./chart.css";
import {
  deriveSeriesGeometry,
  deriveTimeTicks,
  placeMarks,
  placeSpans,
  rowAtPixel,
  type ChartRow,
  type Mark,
  type Span,
} from "../../lib/derive-time-series";
import { StaticChartSvg } from "./StaticChartSvg";

export type { ChartRow, Mark, Span } from "../../lib/derive-time-series";

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

interface Props {
  rows: readonly ChartRow[];
  series: readonly SeriesSpec[];
  /** Formats a value for the axis and the tooltip. */
  format: (value: number) => string;
  /** Formats a value in the tooltip, where it differs from the axis (e.g. with its unit). */
  valueFormat?: (value: number) => string;
  /** Accessible description of what is drawn. */
  label: string;
  /** Name the chart's "settled" mark carries (src/lib/perf.ts): `${settledPrefix}-${label}`. */
  settledPrefix?: string;
  /** Class of the measured box around the chart. */
  className?: string;
  height?: number;
  spans?: readonly Span[];
  marks?: readonly Mark[];
  /** Extra tooltip lines for a row (e.g. the ratio, the rolling window). */
  extra?: (row: ChartRow) => string[];
  zeroBased?: boolean;
  /** Values are ratios: y ticks may step below 1 (0.5×, 0.1×). */
  fractional?: boolean;
  /**
   * Rows more than this many days apart are not joined: the line breaks and the stretch is marked
   * "no snapshot for N days" (Oryx's scrape has gaps of weeks). Default: rows are always joined.
   */
  maxGapDays?: number;
}

const NO_SPANS: readonly Span[] = [];
const NO_MARKS: readonly Mark[] = [];
const AXIS_COLOR = "var(--axis)";
const LABEL_COLOR = "var(--text-muted)";

export function TimeSeriesChart({
  rows,
  series,
  format,
  label,
  height = 280,
  spans = NO_SPANS,
  marks = NO_MARKS,
  extra,
  zeroBased = true,
  fractional = false,
  valueFormat = format,
  settledPrefix = "comparison",
  className,
  maxGapDays,
}: Props) {
  // Panels pass their series as literals: keyed by what is drawn, so a re-render with the same
  // series keeps the lines.
  const seriesKey = series.map((s) => `${s.key}|${s.color}|${s.dashed ? 1 : 0}|${s.label}`).join(";");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, see above
  const stableSeries = useMemo(() => series, [seriesKey]);
  const yTicks = useMemo(
    () => seriesTicks(rows, stableSeries, zeroBased, fractional),
    [rows, stableSeries, zeroBased, fractional],
  );
  if (rows.length === 0)
    return <p className="series-chart__empty">No values from both sources in this range.</p>;
  return (
    <MeasuredChart className={className} label={label} minHeight={height}>
      {(width) => (
        <SeriesPlot
          width={width}
          height={height}
          rows={rows}
          series={stableSeries}
          format={format}
          valueFormat={valueFormat}
          label={label}
          settled={`${settledPrefix}-${label}`}
          spans={spans}
          marks={marks}
          extra={extra}
          yTicks={yTicks}
          maxGapDays={maxGapDays}
        />
      )}
    </MeasuredChart>
  );
}

/** Round ticks over every drawn value (from zero unless `zeroBased` is false). */
function seriesTicks(
  rows: readonly ChartRow[],
  series: readonly SeriesSpec[],
  zeroBased: boolean,
  fractional: boolean,
): YTicks {
  return deriveValueTicks(
    rows.flatMap((r) => series.map((s) => r[s.key])),
    { zero: zeroBased, fractional },
  );
}

/**
 * The chart as a plain <svg> of a fixed size, without the pointer's readout or measuring: the same
 * layout and drawing, for the chart scenes (src/scenes) rendered to markup in a test.
 */
export function StaticTimeSeriesChart(
  props: Pick<Props, "rows" | "series" | "format" | "label" | "spans" | "marks" | "maxGapDays"> & {
    width: number;
    height: number;
    zeroBased?: boolean;
    fractional?: boolean;
  },
) {
  const { rows, series, width, height, zeroBased = true, fractional = false } = props;
  const yTicks = seriesTicks(rows, series, zeroBased, fractional);
  const geometry = deriveSeriesGeometry({
    rows,
    keys: series.map((s) => s.key),
    width,
    height,
    yDomain: yTicks.domain,
    maxGapDays: props.maxGapDays,
  });
  if (!geometry) return null;
  return (
    <StaticChartSvg width={width} height={height} label={props.label}>
      <PlotBody
        layout={geometry.layout}
        domain={geometry.domain}
        paths={geometry.paths}
        series={series}
        yTicks={yTicks}
        format={props.format}
        spans={props.spans ?? NO_SPANS}
        gaps={geometry.gaps}
        marks={props.marks ?? NO_MARKS}
      />
    </StaticChartSvg>
  );
}

interface PlotProps {
  width: number;
  height: number;
  rows: readonly ChartRow[];
  series: readonly SeriesSpec[];
  format: (value: number) => string;
  valueFormat: (value: number) => string;
  label: string;
  settled: string;
  spans: readonly Span[];
  marks: readonly Mark[];
  extra?: (row: ChartRow) => string[];
  yTicks: YTicks;
  maxGapDays: number | undefined;
}

function SeriesPlot(props: PlotProps) {
  const { width, height, rows, series, format, yTicks } = props;
  const keys = useMemo(() => series.map((s) => s.key), [series]);
  const geometry = useMemo(
    () =>
      deriveSeriesGeometry({
        rows,
        keys,
        width,
        height,
        yDomain: yTicks.domain,
        maxGapDays: props.maxGapDays,
      }),
    [rows, keys, width, height, yTicks, props.maxGapDays],
  );
  const box = useRef<HTMLDivElement>(null);
  const dates = useMemo(() => rows.map((r) => r.date), [rows]);
  const { active, activeIndex, pointAt: pointAtRow, surfaceProps } = useChartReadout(box, dates);
  useChartSettled(props.settled, geometry != null);
  if (!geometry) return null;
  const { layout, xs } = geometry;
  const activeRow = rows[activeIndex];
  const activeX = xs[activeIndex];

  const pointAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    pointAtRow(rowAtPixel(xs, e.clientX - box.left), e.clientY - box.top);
  };

  return (
    <div ref={box} className="series-chart">
      <svg
        className="series-chart__surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        tabIndex={0}
        aria-label={`${props.label}. Use the arrow keys to read each day.`}
        onPointerMove={pointAt}
        onPointerDown={pointAt}
        {...surfaceProps}
      >
        <PlotBody
          layout={layout}
          domain={geometry.domain}
          paths={geometry.paths}
          series={series}
          yTicks={yTicks}
          format={format}
          spans={props.spans}
          gaps={geometry.gaps}
          marks={props.marks}
        />
        {activeRow && activeX !== undefined && (
          <ChartCursor
            layout={layout}
            x={activeX}
            dots={series.map((s) => {
              const v = activeRow[s.key];
              return { key: s.key, color: s.color, y: typeof v === "number" ? layout.y(v) : undefined };
            })}
          />
        )}
      </svg>
      <TooltipLayer keyboard={active?.keyboard ?? false}>
        {activeRow && activeX !== undefined && (
          <FloatingTooltip x={activeX} y={active?.y ?? layout.plot.y} width={width} height={height}>
            <TooltipCard
              testId="cmp-tooltip"
              title={formatDate(activeRow.date)}
              lines={series.map((s) => {
                const v = activeRow[s.key];
                return {
                  key: s.key,
                  label: s.label,
                  color: s.color,
                  value: typeof v === "number" ? props.valueFormat(v) : "no value",
                };
              })}
              extra={props.extra?.(activeRow)}
            />
          </FloatingTooltip>
        )}
      </TooltipLayer>
    </div>
  );
}

interface BodyProps {
  layout: ChartLayout;
  domain: readonly [number, number];
  paths: readonly string[];
  series: readonly SeriesSpec[];
  yTicks: YTicks;
  format: (value: number) => string;
  spans: readonly Span[];
  /** Stretches without rows, where the lines break (marked with a hatch and their length). */
  gaps: readonly Span[];
  marks: readonly Mark[];
}

/** Everything but the pointer's readout: redrawn when the data or size changes, not on hover. */
const PlotBody = memo(function PlotBody(props: BodyProps) {
  const { layout, domain, paths, series, yTicks, format } = props;
  const { plot } = layout;
  const [t0, t1] = domain;
  // A time axis: ticks on calendar days (month starts), whether or not a row falls there.
  const xTicks = useMemo(() => deriveTimeTicks([t0, t1], plot.width), [t0, t1, plot.width]);
  const formatX = useMemo(() => {
    const style = t1 - t0 > 400 ? "month" : "medium";
    return (t: string | number) => formatDate(dayFromNumber(Number(t)), style);
  }, [t0, t1]);
  const spans = useMemo(() => placeSpans(props.spans, layout, domain), [props.spans, layout, domain]);
  const marks = useMemo(() => placeMarks(props.marks, layout, domain), [props.marks, layout, domain]);
  const gaps = useMemo(() => placeSpans(props.gaps, layout, domain), [props.gaps, layout, domain]);
  // One pattern per chart: ids stay unique on the page and in an exported SVG.
  const hatchId = `series-gap-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <>
      <GridLines layout={layout} ticks={yTicks.ticks} color="var(--grid)" />
      {gaps.length > 0 && (
        <defs>
          <pattern
            id={hatchId}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={2} height={6} fill="var(--grid)" />
          </pattern>
        </defs>
      )}
      {gaps.map((g) => (
        <g key={g.key} className="series-chart__gap" data-gap={g.name} aria-hidden="true">
          <rect x={g.x} y={plot.y} width={g.width} height={plot.height} fill={`url(#${hatchId})`} />
          {g.label && (
            <text x={g.x + 5} y={plot.y + plot.height - 8} fontSize={11} fill={LABEL_COLOR}>
              {g.label}
            </text>
          )}
        </g>
      ))}
      {spans.map((s) => (
        <g key={s.key} className="series-chart__span" aria-hidden="true">
          <rect x={s.x} y={plot.y} width={s.width} height={plot.height} fill="var(--documenting)" />
          {s.label && (
            <text x={s.x + 5} y={plot.y + 5} dy="0.71em" fontSize={11} fill={LABEL_COLOR}>
              {s.label}
            </text>
          )}
        </g>
      ))}
      {marks.map((m) => (
        <g key={m.key} className="series-chart__mark" aria-hidden="true">
          <line
            x1={m.x}
            x2={m.x}
            y1={plot.y}
            y2={plot.y + plot.height}
            stroke="var(--event)"
            strokeDasharray="3 3"
          />
          {m.label && (
            <text x={m.x - 5} y={plot.y + 5} dy="0.71em" textAnchor="end" fontSize={11} fill={LABEL_COLOR}>
              {m.label}
            </text>
          )}
        </g>
      ))}
      <XAxisLayer layout={layout} ticks={xTicks} format={formatX} color={AXIS_COLOR} />
      <YAxisLayer layout={layout} ticks={yTicks.ticks} format={format} color={AXIS_COLOR} />
      {series.map((s, i) => (
        <path
          key={s.key}
          className="series-chart__line"
          data-series={s.key}
          d={paths[i]}
          fill="none"
          stroke={s.color}
          strokeWidth={2}
          strokeLinejoin="round"
          // Round caps show a lone day between gaps; dashes keep square ends so they read as dashes.
          strokeLinecap={s.dashed ? "butt" : "round"}
          strokeDasharray={s.dashed ? "6 4" : undefined}
          aria-hidden="true"
        />
      ))}
    </>
  );
});
