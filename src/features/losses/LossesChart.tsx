// The main charts, each in a ChartFrame: personnel on its own chart (people, ~100× the equipment
// counts), drones on their own (they dwarf other equipment), the rest of the equipment together.
// Receives ready rows and titles and only draws.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  ComposedChart,
  Line,
  type LineDrawShapeProps,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from "recharts";
import { ChartFrame, type FrameSource, type LegendItem } from "../../components/ChartFrame";
import { deriveLossesExportData } from "./derive-export-data";
import type { IsoDate } from "../../data/schemas/common";
import { formatDate } from "../../lib/format";
import { deriveEndLabels } from "./derive-end-labels";
import type { GeneralStaffCategory } from "../../data/schemas/losses";
import type { WarEvent } from "../../data/schemas/events";
import type { LossesView, Scale } from "./losses-url-state";
import { formatNumber, formatSignedNumber } from "../../lib/format";
import { CATEGORY_LABELS, categoryColorVar } from "../../data/categories";
import { deriveAxisTicks } from "./derive-axis-ticks";
import type { ChartModel, ChartRow } from "./derive-chart-rows";
import type { CorrectionMarker } from "./derive-correction-markers";
import { deriveDecimatedRows } from "./derive-decimated-rows";
import { deriveLinePath, type PathPoint } from "./derive-line-path";
import { compactDigits, deriveYTicks } from "../../lib/derive-y-ticks";
import {
  makeAxisNumberFormatter,
  formatRowPeriod,
  formatViewChange,
  formatViewValue,
  makeTickFormatter,
  previousLabel,
  viewUnit,
} from "./format-losses";
import { BAR_CATEGORY_GAP } from "./derive-bar-slot";
import { ChartAnnotations, GridLines, type PlacedEvent, type PlacedMarker } from "./ChartAnnotations";
import { BarsLayer } from "./BarsLayer";
import { rowContaining } from "./place-on-rows";
import { dayFromNumber, dayNumber } from "../../lib/series-index";
import { ChartSettled } from "../../components/ChartSettled";

interface SeriesProps {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  /** Events to draw (already filtered by the events toggle). */
  events: readonly WarEvent[];
  markers: readonly CorrectionMarker[];
}

export interface LossesChartGroup {
  id: string;
  categories: GeneralStaffCategory[];
  /** What the range shows, built from the data. */
  title: string;
}

export interface LossesChartProps extends Omit<SeriesProps, "categories"> {
  groups: readonly LossesChartGroup[];
  /** The range, formatted. */
  subtitle: string;
  sources: readonly FrameSource[];
  dataTo: IsoDate;
  /** One line under each chart's sources (e.g. "No curated events in this range …"). */
  footnote?: ReactNode;
}

/** At most this many categories get their own colour; the rest are grey until hovered. */
export const MAX_COLOURS = 8;

const isBarView = (view: LossesView) => view === "weekly" || view === "monthly";

// Stable accessors and style objects: Recharts 3 compares props by reference and re-registers an
// axis or series whose props changed, which costs a render pass of the whole chart.
const plottedAccessors = new Map<GeneralStaffCategory, (row: ChartRow) => number | null>();
function plottedOf(category: GeneralStaffCategory): (row: ChartRow) => number | null {
  let accessor = plottedAccessors.get(category);
  if (!accessor) plottedAccessors.set(category, (accessor = (row) => row.plotted[category] ?? null));
  return accessor;
}
const timeOf = (row: ChartRow) => row.t;

/**
 * A line's path, drawn from the points Recharts laid out and redrawn only when they change.
 * Recharts' own shape measures the previous path (getTotalLength) on every render, forcing a
 * style and layout pass in the middle of each range change; this one never reads the DOM.
 */
const SeriesPath = memo(function SeriesPath({
  points,
  stroke,
  strokeWidth,
  clipPath,
}: {
  points: readonly PathPoint[] | undefined;
  stroke: string | undefined;
  strokeWidth: number | string | undefined;
  clipPath: string | undefined;
}) {
  const d = useMemo(() => deriveLinePath(points ?? []), [points]);
  // In bar views the line is invisible (it only feeds the tooltip and the active dot).
  if (!d || stroke === "none") return null;
  return (
    <path
      className="recharts-curve recharts-line-curve"
      d={d}
      fill="none"
      stroke={stroke}
      strokeWidth={strokeWidth}
      clipPath={clipPath}
    />
  );
});
const drawLine = (p: LineDrawShapeProps) => (
  <SeriesPath points={p.points} stroke={p.stroke} strokeWidth={p.strokeWidth} clipPath={p.clipPath} />
);
const ACTIVE_DOT = { r: 4 };
const MARGIN = { top: 8, right: 28, bottom: 0, left: 4 };
const MARGIN_LABELS = { top: 8, right: 88, bottom: 0, left: 4 };

/** Log axis bounds on whole powers of ten around the drawn values (which are all > 0). */
function logDomain(rows: readonly ChartRow[], categories: readonly GeneralStaffCategory[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows)
    for (const c of categories) {
      const v = row.plotted[c];
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  if (!Number.isFinite(min)) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(min));
  const hi = Math.max(10 ** Math.ceil(Math.log10(max)), lo * 10);
  return [lo, hi];
}

function extent(rows: readonly ChartRow[], categories: readonly GeneralStaffCategory[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows)
    for (const c of categories) {
      const v = row.plotted[c];
      if (v == null) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  return [min, max];
}

function powersOfTen([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi; v *= 10) out.push(v);
  return out;
}

interface TooltipBodyProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  categories: readonly GeneralStaffCategory[];
  model: ChartModel;
  view: LossesView;
  markers: readonly CorrectionMarker[];
  events: readonly WarEvent[];
}

function TooltipBody({ active, payload, categories, model, view, markers, events }: TooltipBodyProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const here = markers.filter(
    (m) => m.date >= row.start && m.date <= row.end && categories.includes(m.category),
  );
  // Events before the first row (the invasion's start) sit on it, as the chart draws them.
  const first = model.rows[0];
  const eventsHere = events.filter(
    (e) => (e.date >= row.start && e.date <= row.end) || (row === first && e.date < row.start),
  );
  return (
    <div className="losses-tooltip">
      <p className="losses-tooltip__date">{formatRowPeriod(row, model.unit)}</p>
      <table>
        <tbody>
          {categories.map((c) => (
            <tr key={c}>
              <th scope="row">{CATEGORY_LABELS[c]}</th>
              <td>{formatViewValue(row.values[c], view)}</td>
              <td className="losses-tooltip__change">
                {row.perDay
                  ? `${formatViewChange(row.change[c], "avg7")} a day ${previousLabel(model.unit)}`
                  : `${formatViewChange(row.change[c], view === "cumulative" ? "daily" : view)} ${
                      view === "cumulative" ? "that day" : previousLabel(model.unit)
                    }`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {row.perDay && (
        <p className="losses-tooltip__note">
          A partial {model.unit} on one side: losses per day compared, not totals.
        </p>
      )}
      {eventsHere.map((e) => (
        <p key={`${e.date}${e.label}`} className="losses-tooltip__event">
          Event, {formatDate(e.date)}: {e.label}
        </p>
      ))}
      {here.map((m) => (
        <p key={`${m.date}${m.category}`} className="losses-tooltip__correction">
          {m.delta != null
            ? `General Staff correction (listed ${m.listedOn ?? m.date}): ${CATEGORY_LABELS[m.category]} total revised by ${formatSignedNumber(m.delta)}.`
            : `${CATEGORY_LABELS[m.category]} total fell on ${m.date}: an unlisted revision by the General Staff.`}
        </p>
      ))}
    </div>
  );
}

interface SeriesChartProps extends SeriesProps {
  label: string;
  height: number;
  showEventLabels: boolean;
  /** Colour per category (a muted grey past MAX_COLOURS unless highlighted). */
  colorOf: (c: GeneralStaffCategory) => string;
}

function SeriesChart(props: SeriesChartProps) {
  const { model, categories, view, scale, events, markers, label, height, showEventLabels, colorOf } = props;
  const [interacting, setInteracting] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // On a phone the tooltip stays after a tap; a tap anywhere else closes it.
  useEffect(() => {
    if (!interacting) return;
    const close = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setInteracting(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [interacting]);
  const axisColor = "var(--axis)";
  const gridColor = "var(--grid)";
  const keys = useMemo(() => model.rows.map((r) => r.key), [model.rows]);
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  const spanDays =
    first && last
      ? (Date.parse(`${last.end}T00:00:00Z`) - Date.parse(`${first.start}T00:00:00Z`)) / 86_400_000
      : 0;
  const tickFormatter = useMemo(() => makeTickFormatter(spanDays > 75 ? 76 : 0), [spanDays]);
  const ticks = useMemo(() => deriveAxisTicks(keys, 8), [keys]);
  const timeTicks = useMemo(() => ticks.map(dayNumber), [ticks]);
  const timeDomain = useMemo<[number, number]>(
    () => [model.rows[0]?.t ?? 0, model.rows[model.rows.length - 1]?.t ?? 0],
    [model.rows],
  );
  const timeTickFormatter = useCallback((t: number) => tickFormatter(dayFromNumber(t)), [tickFormatter]);
  const bars = isBarView(view);
  const colors = useMemo(() => categories.map(colorOf), [categories, colorOf]);
  const endLabels = categories.length > 1 && !bars;
  const [lo, hi] = scale === "log" ? logDomain(model.rows, categories) : [NaN, NaN];
  const domain = useMemo<[number, number] | undefined>(
    () => (Number.isNaN(lo) ? undefined : [lo, hi]),
    [lo, hi],
  );
  // Linear axes: round 1-2-5 ticks over the plotted values (zero kept in views of changes).
  const [min, max] = useMemo(() => extent(model.rows, categories), [model.rows, categories]);
  const linear = useMemo(
    () => (domain ? null : deriveYTicks(min, max, 5, view !== "cumulative")),
    [domain, min, max, view],
  );
  const yDomain = domain ?? linear?.domain;
  const yTicks = useMemo(() => (domain ? powersOfTen(domain) : (linear?.ticks ?? [])), [domain, linear]);
  const yMax = Math.max(...yTicks.map(Math.abs), 0);
  const digits = compactDigits(yTicks);
  const yTickFormatter = useMemo(() => makeAxisNumberFormatter(yMax, digits), [yMax, digits]);
  const tickStyle = useMemo(() => ({ fill: axisColor, fontSize: 12 }), [axisColor]);
  // Daily views use a continuous time axis, so dropping points (decimation) never bends time.
  const timeAxis = model.unit === "day";
  const placedEvents: (PlacedEvent & { key: string })[] = events.flatMap((e) => {
    // An event before the first row (only passed when the range starts on the first statement) sits on it.
    const row = rowContaining(model.rows, e.date) ?? (first && e.date < first.start ? first : null);
    return row ? [{ x: timeAxis ? row.t : row.key, key: row.key, event: e }] : [];
  });
  const placedMarkers: (PlacedMarker & { key: string })[] = markers.flatMap((m) => {
    if (!categories.includes(m.category)) return [];
    const row = rowContaining(model.rows, m.date);
    const y = row?.plotted[m.category];
    return row && y != null
      ? [
          {
            x: timeAxis ? row.t : row.key,
            key: row.key,
            y,
            color: colorOf(m.category),
            slot: bars ? { index: categories.indexOf(m.category), count: categories.length } : undefined,
            id: `${m.date}${m.category}`,
          },
        ]
      : [];
  });
  const drawn = useMemo(
    () =>
      model.unit === "day"
        ? deriveDecimatedRows(
            model.rows,
            categories,
            new Set([...placedEvents, ...placedMarkers].map((p) => p.key)),
          )
        : model.rows,
    // placedEvents/placedMarkers are rebuilt every render; their keys only change with these inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, categories, events, markers],
  );
  return (
    <div
      ref={box}
      className="losses-chart"
      onPointerEnter={() => setInteracting(true)}
      onPointerLeave={() => setInteracting(false)}
      onFocus={() => setInteracting(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setInteracting(false);
      }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={drawn}
          margin={endLabels ? MARGIN_LABELS : MARGIN}
          barCategoryGap={`${BAR_CATEGORY_GAP * 100}%`}
          aria-label={`${label}: ${viewUnit(view)}${scale === "log" ? ", log scale" : ""}. Use the arrow keys to read each point.`}
        >
          <ChartSettled name={`losses-${categories.join(",")}`} />
          <GridLines color={gridColor} />
          {timeAxis ? (
            <XAxis
              type="number"
              dataKey={timeOf}
              domain={timeDomain}
              ticks={timeTicks}
              interval="preserveStartEnd"
              minTickGap={8}
              tickFormatter={timeTickFormatter}
              tick={tickStyle}
              stroke={axisColor}
              // The ticks are given: Recharts' own "nice" ticks would be computed and thrown away.
              niceTicks="none"
            />
          ) : (
            <XAxis
              dataKey="key"
              scale="band"
              ticks={ticks}
              interval="preserveStartEnd"
              minTickGap={8}
              tickFormatter={tickFormatter}
              tick={tickStyle}
              stroke={axisColor}
            />
          )}
          <YAxis
            scale={scale === "log" ? "log" : "auto"}
            domain={yDomain}
            ticks={yTicks}
            interval={0}
            allowDataOverflow={scale === "log"}
            tickFormatter={yTickFormatter}
            tick={tickStyle}
            stroke={axisColor}
            width={52}
            niceTicks="none"
          />
          {/* Mounted only while the pointer or focus is on the chart: an idle Tooltip still measures
              itself on every render, which forced a layout on each range change. */}
          {interacting && (
            <Tooltip
              isAnimationActive={false}
              content={(p) => (
                <TooltipBody
                  active={p.active}
                  payload={p.payload}
                  categories={categories}
                  model={model}
                  view={view}
                  markers={markers}
                  events={events}
                />
              )}
            />
          )}
          {view !== "cumulative" && scale === "linear" && <ReferenceLine y={0} stroke={axisColor} />}
          {bars && <BarsLayer rows={model.rows} categories={categories} colors={colors} scale={scale} />}
          {categories.map((c) => (
            <Line
              key={c}
              name={CATEGORY_LABELS[c]}
              dataKey={plottedOf(c)}
              // In bar views the line is invisible: it only feeds the y domain and the tooltip.
              stroke={bars ? "none" : colorOf(c)}
              strokeWidth={2}
              dot={false}
              activeDot={bars ? false : ACTIVE_DOT}
              isAnimationActive={false}
              connectNulls={false}
              shape={drawLine}
            />
          ))}
          <ChartAnnotations
            events={placedEvents}
            markers={placedMarkers}
            showEventLabels={showEventLabels}
            eventColor={axisColor}
            markerFill="var(--bg)"
          />
          {endLabels && <EndLabels rows={drawn} categories={categories} colorOf={colorOf} />}
        </ComposedChart>
      </ResponsiveContainer>
      {drawn.length < model.rows.length && (
        <p className="losses-chart__decimated">
          Drawn with {formatNumber(drawn.length)} of {formatNumber(model.rows.length)} days: every stretch of
          days keeps its highest and lowest, so no peak or correction is lost; hover shows those days, the
          table lists every day.
        </p>
      )}
    </div>
  );
}

/** Category names at the line ends (direct labels), pushed apart so they never overlap. */
function EndLabels({
  rows,
  categories,
  colorOf,
}: {
  rows: readonly ChartRow[];
  categories: readonly GeneralStaffCategory[];
  colorOf: (c: GeneralStaffCategory) => string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const ends = categories.flatMap((c) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i] as ChartRow;
      const v = row.plotted[c];
      if (v == null) continue;
      const y = yScale(v);
      return y === undefined ? [] : [{ c, y }];
    }
    return [];
  });
  const placed = deriveEndLabels(
    ends.map((e) => e.y),
    LABEL_HEIGHT,
    plot.y,
    plot.y + plot.height,
  );
  const x = plot.x + plot.width + 4;
  return (
    <g className="losses-end-labels" aria-hidden="true">
      {ends.map((e, i) => (
        <text
          key={e.c}
          x={x}
          y={placed[i]}
          dy="0.32em"
          fontSize={11}
          fill={colorOf(e.c)}
          stroke="var(--bg)"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {shortLabel(e.c)}
        </text>
      ))}
    </g>
  );
}

const LABEL_HEIGHT = 12;
/** Line-end labels have ~80 px; long names are cut ("Armoured combat…"). */
function shortLabel(c: GeneralStaffCategory): string {
  const label = CATEGORY_LABELS[c];
  return label.length > 13 ? `${label.slice(0, 12)}…` : label;
}

/** One ChartFrame per group (personnel, drones, other equipment). */
export const LossesChart = memo(function LossesChart(props: LossesChartProps) {
  const { groups, subtitle, sources, dataTo, footnote, ...series } = props;
  const [hovered, setHovered] = useState<string | null>(null);
  if (groups.length === 0) {
    return <p className="losses-empty">No category selected: pick at least one to draw the chart.</p>;
  }
  const bars = isBarView(series.view);
  const partial = bars && (series.model.partialFirst || series.model.partialLast);
  const unit = `${viewUnit(series.view)}${series.scale === "log" ? ", log scale" : ""}`;
  return (
    <div className="losses-charts">
      {groups.map((g) => {
        // Past MAX_COLOURS the later categories are grey until their legend key is hovered.
        const colorOf = (c: GeneralStaffCategory) =>
          g.categories.indexOf(c) < MAX_COLOURS || hovered === c
            ? categoryColorVar(c)
            : "var(--series-muted)";
        const legend: LegendItem[] = g.categories.map((c) => ({
          key: c,
          label: CATEGORY_LABELS[c],
          color: categoryColorVar(c),
          shape: bars ? "bar" : "line",
          muted: g.categories.indexOf(c) >= MAX_COLOURS && hovered !== c,
        }));
        if (partial) {
          legend.push({
            key: "partial",
            label: `Partial ${series.model.unit} (cut by the range)`,
            color: "var(--text-muted)",
            shape: "bar",
            pattern: "hatch",
          });
        }
        return (
          <ChartFrame
            key={g.id}
            id={`losses-${g.id}`}
            className="losses-frame"
            title={g.title}
            subtitle={`${subtitle} · ${unit}`}
            note={
              g.id === "personnel"
                ? "Killed and wounded, as claimed by Ukraine's General Staff; not independently verified."
                : "As claimed by Ukraine's General Staff; not independently verified."
            }
            legend={g.categories.length > 1 || partial ? legend : undefined}
            onLegendHover={(key) => setHovered(key)}
            sources={sources}
            dataTo={dataTo}
            footnote={footnote}
            exportData={deriveLossesExportData(series.model, g.categories, series.view, g.id)}
          >
            <SeriesChart
              {...series}
              categories={g.categories}
              label={g.title}
              colorOf={colorOf}
              height={g.id === "equipment" || groups.length === 1 ? 320 : 220}
              showEventLabels={g.id === groups[groups.length - 1]?.id}
            />
          </ChartFrame>
        );
      })}
    </div>
  );
});
