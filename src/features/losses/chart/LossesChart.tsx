// The main charts, each in a ChartFrame: personnel on its own chart (people, ~100× the equipment
// counts), drones on their own (they dwarf other equipment), the rest of the equipment together.
// Receives ready rows and titles and only draws. Drawn as plain SVG from pure layouts
// (derive-losses-scales.ts, derive-losses-annotations.ts), not with Recharts: this is the first chart
// a reader sees, and Recharts would add about 60 kB gzip to the first load and re-render each chart
// several times per change.
import { memo, useCallback, useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { ChartFrame, type FrameSource, type LegendItem } from "../../../components/ChartFrame";
import { CATEGORY_LABELS } from "../../../data/categories";
import type { IsoDate } from "../../../data/schemas/common";
import type { WarEvent } from "../../../data/schemas/events";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { deriveLossesExportData } from "./derive-export-data";
import { isBarView } from "./derive-losses-scales";
import { isMutedLine, lineColor, MAX_COLOURS, ownColor } from "./derive-line-colors";
import { viewUnit } from "../series/format-losses";
import { LossesSeriesChart, type LossesSeriesProps } from "./LossesSeriesChart";

export interface LossesChartGroup {
  id: string;
  categories: GeneralStaffCategory[];
  /** What the range shows, built from the data. */
  title: string;
  /** The listed changes of method of this group's categories inside the range, drawn as events. */
  methodEvents?: readonly WarEvent[];
}

export interface LossesChartProps extends Omit<LossesSeriesProps, "categories"> {
  groups: readonly LossesChartGroup[];
  /** The range, formatted. */
  subtitle: string;
  sources: readonly FrameSource[];
  dataTo: IsoDate;
  /** One line under each chart's sources (e.g. "No curated events in this range …"). */
  footnote?: ReactNode;
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
    (c: GeneralStaffCategory) => lineColor(g.categories, c, highlighted),
    [g.categories, highlighted],
  );
  const corrected = markers.some((m) => g.categories.includes(m.category));
  const legend = useMemo(() => {
    const items: LegendItem[] = g.categories.map((c) => ({
      key: c,
      label: CATEGORY_LABELS[c],
      color: ownColor(g.categories, c),
      shape: bars ? "bar" : "line",
      muted: isMutedLine(g.categories, c, highlighted),
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
    if (corrected) {
      items.push({
        key: "correction",
        label: "General Staff correction (a total fell or was revised)",
        color: "var(--text-muted)",
        shape: "marker",
      });
    }
    return items;
  }, [g.categories, bars, partial, corrected, model.unit, highlighted]);
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
      // Always drawn, one line's key included: a legend that came and went with the range (a
      // correction or a partial week in it) moved the chart below it.
      legend={legend}
      onLegendHover={onLegendHover}
      sources={sources}
      dataTo={dataTo}
      footnote={footnote}
      exportData={exportData}
    >
      <LossesSeriesChart
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
