// Beside the map: for the area in view (a sector box or all Ukraine), the Russian-held km² per day
// from both sources over the range, and per week the km² each side took. Only draws; the series
// come from territory.json (the pipeline's measurements), derived in derive-sector-series.ts.
import { TimeSeriesChart, type ChartRow, type SeriesSpec } from "../../../components/chart/TimeSeriesChart";
import { memo } from "react";
import type { IsoDate } from "../../../data/schemas/common";
import { ChartFrame } from "../../../components/ChartFrame";
import type { TerritoryFile } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import { deriveValueTicks } from "../../../lib/derive-y-ticks";
import { formatDate, formatDateRange, formatKm2, formatNumber } from "../../../lib/format";
import { deriveSectorOccupiedExport, deriveSectorWeeklyExport } from "../derive/derive-sector-export";
import { deriveOccupiedRows, deriveRangeGains, deriveWeeklyGains } from "../derive/derive-sector-series";
import type { MapDefinitionChoice, MapView } from "../url-state";
import type { MethodChange } from "../../../data/schemas/method-changes";
import { deriveSectorMarks } from "../derive/derive-sector-marks";
import { weekText, WeeklyGainsBars } from "./WeeklyGainsBars";

const km2Tick = (v: number) => formatNumber(v);
const km2Value = (v: number) => `${formatNumber(v)} km²`;
/** The held-area lines, as the legend draws them. */
const SECTOR_SERIES: SeriesSpec[] = [
  { key: "deepstate", label: "DeepState", color: "var(--src-deepstate)" },
  { key: "nzz", label: "NZZ", color: "var(--src-nzz)", dashed: true },
];

interface SectorChartsProps {
  territory: TerritoryFile;
  range: DateRange;
  /** NZZ like for like (the default) or as published. */
  nzzDefinition: MapDefinitionChoice;
  methodChanges: readonly MethodChange[] | undefined;
  view: MapView;
  viewName: string;
}

/** Re-drawn only when its inputs change (not on every step of the day slider). */
export const SectorCharts = memo(
  SectorChartsImpl,
  (a, b) =>
    a.territory === b.territory &&
    a.nzzDefinition === b.nzzDefinition &&
    a.methodChanges === b.methodChanges &&
    a.view === b.view &&
    a.viewName === b.viewName &&
    a.range.from === b.range.from &&
    a.range.to === b.range.to,
);

function SectorChartsImpl({
  territory: data,
  range,
  nzzDefinition,
  methodChanges,
  view,
  viewName,
}: SectorChartsProps) {
  // NZZ's series under the chosen definition: like for like (`nzz`) unless "as published".
  const territory =
    nzzDefinition === "asPublished" && data.nzzAsPublished ? { ...data, nzz: data.nzzAsPublished } : data;
  const occupied = deriveOccupiedRows(territory, view, range);
  const weeks = deriveWeeklyGains(territory, view, range);
  const { marks, weekMarks, notesOn } = deriveSectorMarks({
    changes: methodChanges ?? [],
    redraws: data.redraws ?? [],
    box: view,
    range,
    weeks: weeks.map((w) => w.week),
  });
  // Round 1-2-5 ticks (Recharts' own gave 15 / 0 / 15 / 30); bars stack one sign per side.
  const occupiedRows: ChartRow[] = occupied.map((r) => ({
    date: r.date,
    deepstate: r.deepstate,
    nzz: r.nzz,
  }));
  const weekTicks = deriveValueTicks(
    weeks.flatMap((w) => [w.deepstateRu, w.nzzRu, w.deepstateUkr, w.nzzUkr]),
    { zero: true },
  );
  const sources = territory.sources.map((s) => ({ name: s.name, url: s.url }));
  const dataTo = territory.deepstate.dates[territory.deepstate.dates.length - 1];
  // The range's totals: the same sums as the bars', rounded once (lib/windows.ts).
  const totals = deriveRangeGains(territory, view, range);
  const sum = (v: number | null) => (v === null ? "no data" : formatKm2(v));
  const partial = weeks.filter((w) => w.partial);
  const subtitle = `${formatDateRange(range)}, km²`;
  return (
    <div className="sector-charts">
      <ChartFrame
        id={`map-occupied-${view}`}
        title={`Russian-held area, ${viewName}: DeepState and NZZ`}
        subtitle={subtitle}
        note={
          nzzDefinition === "asPublished"
            ? "NZZ as published: Crimea added from DeepState, and from its change of definition without the areas held before 2022. Dashed lines mark the sources' listed method changes and possible redraws."
            : "NZZ like for like: its shape plus the areas held before 2022 as DeepState draws them (Crimea included), the same figure as the source comparison. Dashed lines mark the sources' listed method changes and possible redraws."
        }
        legend={[
          { label: "DeepState", color: "var(--src-deepstate)", shape: "line" },
          { label: "NZZ / liveuamap", color: "var(--src-nzz)", shape: "dash" },
        ]}
        sources={sources}
        dataTo={dataTo}
        exportData={deriveSectorOccupiedExport(occupied, view, range)}
        summary={`Russian-held km² in ${viewName} per day from ${formatDate(range.from)} to ${formatDate(range.to)}, one line per source.`}
      >
        <TimeSeriesChart
          rows={occupiedRows}
          series={SECTOR_SERIES}
          format={km2Tick}
          valueFormat={km2Value}
          label={`Russian-held km² in ${viewName} by DeepState and NZZ, ${formatDateRange(range)}`}
          // Not "map…": the benchmark reads settled:map* marks as the map's own drawing.
          settledPrefix="sector-occupied"
          height={200}
          zeroBased={false}
          marks={marks}
          extra={(row) => notesOn(row.date as IsoDate)}
        />
      </ChartFrame>
      <ChartFrame
        id={`map-weekly-${view}`}
        title={`Weekly km² taken, ${viewName}: Russia ${sum(totals.deepstate.gained)} / Ukraine ${sum(totals.deepstate.lost)} per DeepState, ${sum(totals.nzz.gained)} / ${sum(totals.nzz.lost)} per NZZ`}
        subtitle={`${subtitle}; Monday-to-Sunday weeks${partial.length ? `, cut by the range: ${partial.map(weekText).join("; ")}` : ""}`}
        note="Sums of day-to-day changes: ground lost and retaken within the week counts for both sides, so these exceed the net change on the map."
        legend={[
          { label: "Russia took (DeepState)", color: "var(--gain-russia)", shape: "bar" },
          { label: "Ukraine took (DeepState)", color: "var(--gain-ukraine)", shape: "bar" },
          { label: "Russia took (NZZ)", color: "var(--gain-russia)", shape: "bar", pattern: "hatch" },
          { label: "Ukraine took (NZZ)", color: "var(--gain-ukraine)", shape: "bar", pattern: "hatch" },
        ]}
        sources={sources}
        dataTo={dataTo}
        exportData={deriveSectorWeeklyExport(weeks, view, range)}
        summary={`Per week, km² Russia took (above the axis) and Ukraine took (below) in ${viewName}, DeepState and NZZ side by side.`}
      >
        <WeeklyGainsBars weeks={weeks} ticks={weekTicks} marks={weekMarks} />
      </ChartFrame>
    </div>
  );
}
