// The main chart: personnel on its own chart (people, ~100× the equipment counts) above one chart
// for the selected equipment categories. Receives ready rows and only draws.
import { memo, useCallback, useId, useMemo, useState } from "react";
import { ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GeneralStaffCategory } from "../../data/schemas/losses";
import type { WarEvent } from "../../data/schemas/events";
import type { LossesView, Scale } from "./losses-url-state";
import { formatNumber, formatSignedNumber } from "../../lib/format";
import { CATEGORY_LABELS, categoryColorVar, isPersonnel } from "../../data/categories";
import { deriveAxisTicks } from "./derive-axis-ticks";
import type { ChartModel, ChartRow } from "./derive-chart-rows";
import type { CorrectionMarker } from "./derive-correction-markers";
import { deriveDecimatedRows } from "./derive-decimated-rows";
import {
  makeAxisNumberFormatter,
  formatRowPeriod,
  formatViewChange,
  formatViewValue,
  makeTickFormatter,
  previousLabel,
  viewUnit,
} from "./format-losses";
import {
  BAR_CATEGORY_GAP,
  ChartAnnotations,
  GridLines,
  type PlacedEvent,
  type PlacedMarker,
} from "./ChartAnnotations";
import { BarsLayer } from "./BarsLayer";
import { rowContaining } from "./place-on-rows";
import { dayFromNumber, dayNumber } from "../../lib/series-index";
import { ChartSettled } from "../../components/ChartSettled";

export interface LossesChartProps {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  /** Events to draw (already filtered by the events toggle). */
  events: readonly WarEvent[];
  markers: readonly CorrectionMarker[];
}

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
const CUMULATIVE_DOMAIN = ["auto", "auto"] as const;
const ZERO_BASED_DOMAIN = [(min: number) => Math.min(0, min), "auto"] as const;
const ACTIVE_DOT = { r: 4 };
const MARGIN = { top: 8, right: 28, bottom: 0, left: 4 };

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

function maxAbs(rows: readonly ChartRow[], categories: readonly GeneralStaffCategory[]): number {
  let max = 0;
  for (const row of rows) for (const c of categories) max = Math.max(max, Math.abs(row.plotted[c] ?? 0));
  return max;
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
}

function TooltipBody({ active, payload, categories, model, view, markers }: TooltipBodyProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const here = markers.filter(
    (m) => m.date >= row.start && m.date <= row.end && categories.includes(m.category),
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
                {formatViewChange(row.change[c], view === "cumulative" ? "daily" : view)}{" "}
                {view === "cumulative" ? "that day" : previousLabel(model.unit)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {here.map((m) => (
        <p key={`${m.date}${m.category}`} className="losses-tooltip__correction">
          {m.delta != null
            ? `General Staff correction (${m.date}): ${CATEGORY_LABELS[m.category]} total revised by ${formatSignedNumber(m.delta)}.`
            : `${CATEGORY_LABELS[m.category]} total fell on ${m.date}: an unlisted revision by the General Staff.`}
        </p>
      ))}
    </div>
  );
}

interface SeriesChartProps extends LossesChartProps {
  title: string;
  height: number;
  showEventLabels: boolean;
}

function SeriesChart(props: SeriesChartProps) {
  const { model, categories, view, scale, events, markers, title, height, showEventLabels } = props;
  const captionId = useId();
  const [interacting, setInteracting] = useState(false);
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
  const colors = useMemo(() => categories.map((c) => categoryColorVar(c)), [categories]);
  const [lo, hi] = scale === "log" ? logDomain(model.rows, categories) : [NaN, NaN];
  const domain = useMemo<[number, number] | undefined>(
    () => (Number.isNaN(lo) ? undefined : [lo, hi]),
    [lo, hi],
  );
  const logTicks = useMemo(() => (domain ? powersOfTen(domain) : undefined), [domain]);
  const yMax = domain ? domain[1] : maxAbs(model.rows, categories);
  const yTickFormatter = useMemo(() => makeAxisNumberFormatter(yMax < 10_000 ? 0 : 10_000), [yMax]);
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
            color: categoryColorVar(m.category),
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
    <figure
      className="losses-chart"
      aria-labelledby={captionId}
      onPointerEnter={() => setInteracting(true)}
      onPointerLeave={() => setInteracting(false)}
      onFocus={() => setInteracting(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setInteracting(false);
      }}
    >
      <figcaption id={captionId} className="losses-chart__caption">
        {title}{" "}
        <span className="losses-chart__unit">
          ({viewUnit(view)}
          {scale === "log" ? ", log scale" : ""})
        </span>
        {categories.length > 1 && (
          <span className="losses-chart__legend">
            {categories.map((c) => (
              <span key={c} className="losses-chart__key">
                <span
                  className="losses-swatch"
                  style={{ background: categoryColorVar(c) }}
                  aria-hidden="true"
                />
                {CATEGORY_LABELS[c]}
              </span>
            ))}
          </span>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={drawn}
          margin={MARGIN}
          barCategoryGap={`${BAR_CATEGORY_GAP * 100}%`}
          title={`${title}: ${viewUnit(view)}`}
        >
          <ChartSettled name={`losses-${title.toLowerCase()}`} />
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
            domain={domain ?? (view === "cumulative" ? CUMULATIVE_DOMAIN : ZERO_BASED_DOMAIN)}
            ticks={logTicks}
            allowDataOverflow={scale === "log"}
            tickFormatter={yTickFormatter}
            tick={tickStyle}
            stroke={axisColor}
            width={52}
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
              stroke={bars ? "none" : categoryColorVar(c)}
              strokeWidth={2}
              dot={false}
              activeDot={bars ? false : ACTIVE_DOT}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          <ChartAnnotations
            events={placedEvents}
            markers={placedMarkers}
            showEventLabels={showEventLabels}
            eventColor={axisColor}
            markerFill="var(--bg)"
          />
        </ComposedChart>
      </ResponsiveContainer>
      {drawn.length < model.rows.length && (
        <p className="losses-chart__decimated">
          Drawn with {formatNumber(drawn.length)} of {formatNumber(model.rows.length)} days: every stretch of
          days keeps its highest and lowest, so no peak or correction is lost; hover shows those days, the
          table lists every day.
        </p>
      )}
    </figure>
  );
}

/** Splits personnel from equipment so the two never share an axis. */
export const LossesChart = memo(function LossesChart(props: LossesChartProps) {
  const personnel = props.categories.filter(isPersonnel);
  const equipment = props.categories.filter((c) => !isPersonnel(c));
  if (props.categories.length === 0) {
    return <p className="losses-empty">No category selected: tick at least one above to draw the chart.</p>;
  }
  return (
    <div className="losses-charts">
      {personnel.length > 0 && (
        <SeriesChart
          {...props}
          categories={personnel}
          title="Personnel"
          height={equipment.length > 0 ? 220 : 340}
          showEventLabels={equipment.length === 0}
        />
      )}
      {equipment.length > 0 && (
        <SeriesChart {...props} categories={equipment} title="Equipment" height={340} showEventLabels />
      )}
    </div>
  );
});
