// The main charts, each in a ChartFrame: personnel on its own chart (people, ~100× the equipment
// counts), drones on their own (they dwarf other equipment), the rest of the equipment together.
// Receives ready rows and titles and only draws. Drawn as plain SVG from a pure layout
// (derive-chart-layout.ts), not with Recharts: this is the first chart a reader sees, and Recharts
// would add about 60 kB gzip to the first load and re-render each chart several times per change.
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useDeferredValue,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from "react";
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
import { deriveAxisTicks } from "../../lib/derive-axis-ticks";
import type { ChartModel, ChartRow } from "./derive-chart-rows";
import type { CorrectionMarker } from "./derive-correction-markers";
import { deriveDecimatedRows } from "./derive-decimated-rows";
import { useChartReadout } from "../../components/chart/use-chart-readout";
import { deriveLinePath } from "../../lib/derive-line-path";
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
import { ChartAnnotations, type PlacedEvent, type PlacedMarker } from "./ChartAnnotations";
import { BarsLayer } from "./BarsLayer";
import { GridLines, XAxisLayer, YAxisLayer } from "../../components/chart/ChartAxes";
import { rowContaining } from "./place-on-rows";
import { dayFromNumber, dayNumber } from "../../lib/series-index";
import {
  deriveChartLayout,
  nearestIndex,
  type ChartLayout,
  type Margin,
} from "../../lib/derive-chart-layout";
import { useElementWidth } from "../../components/use-element-width";
import { useChartSettled } from "../../components/use-chart-settled";

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
  /** The listed changes of method of this group's categories inside the range, drawn as events. */
  methodEvents?: readonly WarEvent[];
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

const MARGIN: Margin = { top: 8, right: 28, bottom: 0, left: 4 };
const MARGIN_LABELS: Margin = { top: 8, right: 88, bottom: 0, left: 4 };
const Y_AXIS_WIDTH = 52;
const X_AXIS_HEIGHT = 30;

/** Log axis bounds on whole powers of ten around the drawn values' extent (all > 0 on a log scale). */
function logDomain([min, max]: [number, number]): [number, number] {
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
  row: ChartRow;
  categories: readonly GeneralStaffCategory[];
  model: ChartModel;
  view: LossesView;
  markers: readonly CorrectionMarker[];
  events: readonly WarEvent[];
}

function TooltipBody({ row, categories, model, view, markers, events }: TooltipBodyProps) {
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

const AXIS_COLOR = "var(--axis)";
const GRID_COLOR = "var(--grid)";

// Memoised: the frame's deferred render (its export rows) leaves the chart as it is.
const SeriesChart = memo(function SeriesChart(props: SeriesChartProps) {
  const { model, categories, view, scale, events, markers, label, height, showEventLabels, colorOf } = props;
  const [box, width] = useElementWidth<HTMLDivElement>();
  const keys = useMemo(() => model.rows.map((r) => r.key), [model.rows]);
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  const spanDays =
    first && last
      ? (Date.parse(`${last.end}T00:00:00Z`) - Date.parse(`${first.start}T00:00:00Z`)) / 86_400_000
      : 0;
  const tickFormatter = useMemo(() => makeTickFormatter(spanDays > 75 ? 76 : 0), [spanDays]);
  // Daily views use a continuous time axis, so dropping points (decimation) never bends time.
  const timeAxis = model.unit === "day";
  const ticks = useMemo(() => deriveAxisTicks(keys, 8), [keys]);
  const xTicks = useMemo(() => (timeAxis ? ticks.map(dayNumber) : ticks), [ticks, timeAxis]);
  const formatXTick = useCallback(
    (t: string | number) => tickFormatter(typeof t === "number" ? dayFromNumber(t) : (t as IsoDate)),
    [tickFormatter],
  );
  const bars = isBarView(view);
  const colors = useMemo(() => categories.map(colorOf), [categories, colorOf]);
  const endLabels = categories.length > 1 && !bars;
  // One pass over the plotted values serves both scales.
  const [min, max] = useMemo(() => extent(model.rows, categories), [model.rows, categories]);
  const logBounds = useMemo(() => (scale === "log" ? logDomain([min, max]) : undefined), [scale, min, max]);
  // Linear axes: round 1-2-5 ticks over the plotted values (zero kept in views of changes).
  const linear = useMemo(
    () => (logBounds ? null : deriveYTicks(min, max, 5, view !== "cumulative")),
    [logBounds, min, max, view],
  );
  const yDomain = logBounds ?? linear?.domain ?? [0, 1];
  const yTicks = useMemo(
    () => (logBounds ? powersOfTen(logBounds) : (linear?.ticks ?? [])),
    [logBounds, linear],
  );
  const yMax = Math.max(...yTicks.map(Math.abs), 0);
  const digits = compactDigits(yTicks);
  const yTickFormatter = useMemo(() => makeAxisNumberFormatter(yMax, digits), [yMax, digits]);
  const [y0, y1] = yDomain;
  const t0 = first?.t ?? 0;
  const t1 = last?.t ?? 0;
  const layout = useMemo<ChartLayout | null>(
    () =>
      width > 0
        ? deriveChartLayout({
            width,
            height,
            margin: endLabels ? MARGIN_LABELS : MARGIN,
            yAxisWidth: Y_AXIS_WIDTH,
            xAxisHeight: X_AXIS_HEIGHT,
            xAxis: timeAxis ? { kind: "time", domain: [t0, t1] } : { kind: "band", keys },
            yScale: scale,
            yDomain: [y0, y1],
          })
        : null,
    [width, height, endLabels, timeAxis, t0, t1, keys, scale, y0, y1],
  );
  useChartSettled(`losses-${categories.join(",")}`, layout != null);
  const placedEvents = useMemo(
    () =>
      events.flatMap((e): (PlacedEvent & { key: string })[] => {
        // An event before the first row (only passed when the range starts on the first statement) sits on it.
        const row = rowContaining(model.rows, e.date) ?? (first && e.date < first.start ? first : null);
        return row ? [{ x: timeAxis ? row.t : row.key, key: row.key, event: e }] : [];
      }),
    [events, model.rows, first, timeAxis],
  );
  // Where each correction marker sits; its colour is added apart (below), so hovering a legend key,
  // which recolours the lines, does not place the markers or decimate the rows again.
  const markerPlaces = useMemo(
    () =>
      markers.flatMap(
        (m): (Omit<PlacedMarker, "color"> & { key: string; category: GeneralStaffCategory })[] => {
          if (!categories.includes(m.category)) return [];
          const row = rowContaining(model.rows, m.date);
          const y = row?.plotted[m.category];
          return row && y != null
            ? [
                {
                  x: timeAxis ? row.t : row.key,
                  key: row.key,
                  category: m.category,
                  y,
                  slot: bars
                    ? { index: categories.indexOf(m.category), count: categories.length }
                    : undefined,
                  id: `${m.date}${m.category}`,
                },
              ]
            : [];
        },
      ),
    [markers, categories, model.rows, timeAxis, bars],
  );
  const placedMarkers = useMemo(
    () => markerPlaces.map((m): PlacedMarker => ({ ...m, color: colorOf(m.category) })),
    [markerPlaces, colorOf],
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
  // Pixel x of every drawn row: what the pointer and the arrow keys move between.
  const xs = useMemo(
    () => (layout ? drawn.map((r) => layout.x(timeAxis ? r.t : r.key) ?? NaN) : []),
    [layout, drawn, timeAxis],
  );
  const drawnKeys = useMemo(() => drawn.map((r) => r.key), [drawn]);
  const { active, activeIndex, pointAt: pointAtRow, surfaceProps } = useChartReadout(box, drawnKeys);
  const activeRow = drawn[activeIndex];
  const pointAt = (e: ReactPointerEvent<SVGSVGElement>) =>
    pointAtRow(nearestIndex(xs, e.clientX - e.currentTarget.getBoundingClientRect().left), null);

  const activeX = xs[activeIndex];
  const firstValue = activeRow && categories.map((c) => activeRow.plotted[c]).find((v) => v != null);
  const activeY =
    (firstValue != null && layout?.y(firstValue)) || (layout ? layout.plot.y + layout.plot.height / 2 : 0);
  return (
    <div ref={box} className="losses-chart">
      <div className="losses-chart__plot" style={{ height }}>
        {layout && (
          <svg
            className="losses-surface"
            width={width}
            height={height}
            // Scales the prebuilt page's SVG (drawn at one width) to a narrower screen until redrawn.
            viewBox={`0 0 ${width} ${height}`}
            role="application"
            tabIndex={0}
            aria-label={`${label}: ${viewUnit(view)}${scale === "log" ? ", log scale" : ""}. Use the arrow keys to read each point.`}
            onPointerMove={pointAt}
            onPointerDown={pointAt}
            {...surfaceProps}
          >
            <ChartBody
              layout={layout}
              rows={model.rows}
              drawn={drawn}
              xs={xs}
              categories={categories}
              colors={colors}
              bars={bars}
              scale={scale}
              zeroLine={view !== "cumulative" && scale === "linear"}
              xTicks={xTicks}
              formatXTick={formatXTick}
              yTicks={yTicks}
              formatYTick={yTickFormatter}
              events={placedEvents}
              markers={placedMarkers}
              showEventLabels={showEventLabels}
              endLabels={endLabels}
            />
            {activeRow && activeX !== undefined && (
              <ActivePoint
                layout={layout}
                row={activeRow}
                x={activeX}
                bars={bars}
                categories={categories}
                colors={colors}
              />
            )}
          </svg>
        )}
        <div
          className="losses-chart__tooltip-layer"
          data-export="skip"
          aria-live={active?.keyboard ? "polite" : "off"}
        >
          {activeRow && activeX !== undefined && layout && (
            <ChartTooltip x={activeX} y={activeY} width={width} height={height}>
              <TooltipBody
                row={activeRow}
                categories={categories}
                model={model}
                view={view}
                markers={markers}
                events={events}
              />
            </ChartTooltip>
          )}
        </div>
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

interface ChartBodyProps {
  layout: ChartLayout;
  /** Every row (bars are drawn from these). */
  rows: readonly ChartRow[];
  /** The rows lines are drawn through (decimated on long daily ranges). */
  drawn: readonly ChartRow[];
  /** Pixel x of each drawn row. */
  xs: readonly number[];
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
  bars: boolean;
  scale: Scale;
  zeroLine: boolean;
  xTicks: readonly (string | number)[];
  formatXTick: (t: string | number) => string;
  yTicks: readonly number[];
  formatYTick: (v: number) => string;
  events: readonly PlacedEvent[];
  markers: readonly PlacedMarker[];
  showEventLabels: boolean;
  endLabels: boolean;
}

/** Everything but the pointer's readout: redrawn when the data or size changes, not on hover. */
const ChartBody = memo(function ChartBody(props: ChartBodyProps) {
  const { layout, rows, drawn, categories, colors, bars, scale, zeroLine } = props;
  const clipId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { plot } = layout;
  const zero = zeroLine ? layout.y(0) : undefined;
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
      <GridLines layout={layout} ticks={props.yTicks} color={GRID_COLOR} />
      <XAxisLayer layout={layout} ticks={props.xTicks} format={props.formatXTick} color={AXIS_COLOR} />
      <YAxisLayer layout={layout} ticks={props.yTicks} format={props.formatYTick} color={AXIS_COLOR} />
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
      {bars ? (
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
      {props.endLabels && <EndLabels layout={layout} rows={drawn} categories={categories} colors={colors} />}
    </>
  );
});

/** One category's line: straight segments through its drawn rows, a gap where a value is missing. */
const SeriesLine = memo(function SeriesLine({
  layout,
  xs,
  rows,
  category,
  color,
  clipPath,
}: {
  layout: ChartLayout;
  xs: readonly number[];
  rows: readonly ChartRow[];
  category: GeneralStaffCategory;
  color: string;
  clipPath: string | undefined;
}) {
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
      <path d={d} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" clipPath={clipPath} />
    </g>
  );
});

/** The pointer's readout on the plot: a cursor on the row, and a dot on each line there. */
function ActivePoint({
  layout,
  row,
  x,
  bars,
  categories,
  colors,
}: {
  layout: ChartLayout;
  row: ChartRow;
  x: number;
  bars: boolean;
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
}) {
  const { plot } = layout;
  return (
    <g className="losses-active" data-export="skip" aria-hidden="true" pointerEvents="none">
      {bars ? (
        <rect
          x={layout.x(row.key, "start")}
          y={plot.y}
          width={layout.bandwidth}
          height={plot.height}
          fill="var(--text-muted)"
          fillOpacity={0.12}
        />
      ) : (
        <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke="var(--text-muted)" />
      )}
      {!bars &&
        categories.map((c, i) => {
          const v = row.plotted[c];
          const y = v == null ? undefined : layout.y(v);
          return y === undefined || y < plot.y - 1 || y > plot.y + plot.height + 1 ? null : (
            <circle
              key={c}
              className="losses-active-dot"
              cx={x}
              cy={y}
              r={4}
              fill={colors[i]}
              stroke="var(--bg)"
              strokeWidth={2}
            />
          );
        })}
    </g>
  );
}

/** The tooltip box, beside the point and always inside the chart (so never off a phone's screen). */
function ChartTooltip({
  x,
  y,
  width,
  height,
  children,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed once its size is known, before it is painted.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const right = x + 12;
    const left = right + w <= width ? right : x - 12 - w;
    el.style.left = `${Math.max(0, Math.min(left, width - w))}px`;
    el.style.top = `${Math.max(0, Math.min(y + 12, height - h))}px`;
    el.style.visibility = "visible";
  });
  return (
    <div ref={ref} className="losses-tooltip-box">
      {children}
    </div>
  );
}

/** Category names at the line ends (direct labels), pushed apart so they never overlap. */
function EndLabels({
  layout,
  rows,
  categories,
  colors,
}: {
  layout: ChartLayout;
  rows: readonly ChartRow[];
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
}) {
  const { plot } = layout;
  const ends = categories.flatMap((c, index) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i] as ChartRow;
      const v = row.plotted[c];
      if (v == null) continue;
      const y = layout.y(v);
      return y === undefined ? [] : [{ c, y, color: colors[index] }];
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
          fill={e.color}
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
  const { groups, ...rest } = props;
  const [hovered, setHovered] = useState<GeneralStaffCategory | null>(null);
  const onLegendHover = useCallback(
    (key: string | null) => setHovered(key as GeneralStaffCategory | null),
    [],
  );
  if (groups.length === 0) {
    return <p className="losses-empty">No category selected: pick at least one to draw the chart.</p>;
  }
  return (
    <div className="losses-charts">
      {groups.map((g) => (
        <GroupFrame
          key={g.id}
          {...rest}
          group={g}
          // Only a grey key's hover changes a chart (it lends that line its colour).
          highlighted={hovered && g.categories.indexOf(hovered) >= MAX_COLOURS ? hovered : null}
          onLegendHover={onLegendHover}
          height={g.id === "equipment" || groups.length === 1 ? 320 : 220}
          showEventLabels={g.id === groups[groups.length - 1]?.id}
        />
      ))}
    </div>
  );
});

interface GroupFrameProps extends Omit<LossesChartProps, "groups"> {
  group: LossesChartGroup;
  /** A grey category (past MAX_COLOURS) whose legend key is hovered: drawn in its colour. */
  highlighted: GeneralStaffCategory | null;
  onLegendHover: (key: string | null) => void;
  height: number;
  showEventLabels: boolean;
}

// Memoised: a legend hover or a change to another group's chart leaves this one as it is.
const GroupFrame = memo(function GroupFrame(props: GroupFrameProps) {
  const {
    group: g,
    subtitle,
    sources,
    dataTo,
    footnote,
    highlighted,
    onLegendHover,
    height,
    showEventLabels,
  } = props;
  const { model, view, scale, markers } = props;
  const events = useMemo(
    () =>
      g.methodEvents?.length
        ? [...props.events, ...g.methodEvents].sort((a, b) => a.date.localeCompare(b.date))
        : props.events,
    [props.events, g.methodEvents],
  );
  const bars = isBarView(view);
  const partial = bars && (model.partialFirst || model.partialLast);
  const unit = `${viewUnit(view)}${scale === "log" ? ", log scale" : ""}`;
  // Past MAX_COLOURS the later categories are grey until their legend key is hovered.
  const colorOf = useCallback(
    (c: GeneralStaffCategory) =>
      g.categories.indexOf(c) < MAX_COLOURS || highlighted === c
        ? categoryColorVar(c)
        : "var(--series-muted)",
    [g.categories, highlighted],
  );
  const legend = useMemo(() => {
    const items: LegendItem[] = g.categories.map((c) => ({
      key: c,
      label: CATEGORY_LABELS[c],
      color: categoryColorVar(c),
      shape: bars ? "bar" : "line",
      muted: g.categories.indexOf(c) >= MAX_COLOURS && highlighted !== c,
    }));
    if (partial) {
      items.push({
        key: "partial",
        label: `Partial ${model.unit} (cut by the range)`,
        color: "var(--text-muted)",
        shape: "bar",
        pattern: "hatch",
      });
    }
    return items;
  }, [g.categories, bars, partial, model.unit, highlighted]);
  // The download menu's and data table's rows follow in a deferred render: with every category over
  // the full range they are thousands of rows, which the chart's redraw need not wait for.
  const exportInput = useDeferredValue(
    useMemo(() => ({ model, categories: g.categories, view }), [model, g.categories, view]),
  );
  const exportData = useMemo(
    () => deriveLossesExportData(exportInput.model, exportInput.categories, exportInput.view, g.id),
    [exportInput, g.id],
  );
  return (
    <ChartFrame
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
      onLegendHover={onLegendHover}
      sources={sources}
      dataTo={dataTo}
      footnote={footnote}
      exportData={exportData}
    >
      <SeriesChart
        model={model}
        view={view}
        scale={scale}
        events={events}
        markers={markers}
        categories={g.categories}
        label={g.title}
        colorOf={colorOf}
        height={height}
        showEventLabels={showEventLabels}
      />
    </ChartFrame>
  );
});
