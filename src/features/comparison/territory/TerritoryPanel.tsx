// Panel 3: Russian-held area as DeepState and NZZ (liveuamap) map it, drawn with one definition
// for both (built by the pipeline) or as each publishes it, with their difference, weekly changes
// and the flagged jumps explained.
import { useMemo } from "react";
import { ChartFrame } from "../../../components/ChartFrame";
import { seriesExportData } from "../charts/export-data";
import { SegmentedControl } from "../../../components/SegmentedControl";
import type { TerritoryFile } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatSignedNumber,
} from "../../../lib/format";
import {
  TERRITORY_DEFINITIONS,
  type ComparisonState,
  type TerritoryDefinition,
} from "../comparison-url-state";
import { deriveJumps, deriveTerritoryRows, deriveWeeklyChange } from "./derive-territory-compare";
import { SourceNotes } from "../charts/SourceNote";
import { TimeSeriesChart, type ChartRow, type Mark } from "../charts/TimeSeriesChart";
import { DefinitionChangeNote, FlaggedJumps, WeeklyChangeFrame } from "./TerritoryParts";
import { useMethodChanges } from "../../../data/queries/method-changes";
import { deriveMethodChangeMarks } from "../../../lib/method-change-marks";

const DEFINITION_LABELS: Record<TerritoryDefinition, string> = {
  all: "All occupied",
  since2022: "Since 24 Feb 2022",
  published: "As published",
};

const DEFINITION_NOTES: Record<TerritoryDefinition, string> = {
  all: "Like for like: everything Russia holds, Crimea and the areas held before 2022 included, for both sources.",
  since2022:
    "Like for like: only what Russia took since 24 Feb 2022 (each source’s shape minus DeepState’s “occupied before 2022” layer).",
  published:
    "As published: DeepState all occupied; NZZ without Crimea, and from its change of definition (marked) also without the areas held before 2022.",
};

const km2 = (v: number) => `${formatNumber(v)} km²`;

interface Props {
  territory: TerritoryFile;
  range: DateRange;
  state: ComparisonState;
  update: (patch: Partial<ComparisonState>) => void;
}

export function TerritoryPanel({ territory, range, state, update }: Props) {
  const def = state.terr;
  const rows = useMemo(() => deriveTerritoryRows(territory, def, range), [territory, def, range]);
  const weeks = useMemo(() => deriveWeeklyChange(territory, range), [territory, range]);
  const jumps = useMemo(() => deriveJumps(territory, range), [territory, range]);
  const lfl = territory.likeForLike;
  const ukraineKm2 = lfl?.reference.ukraineKm2 ?? null;
  const share = (v: number) => (ukraineKm2 ? ` (${formatPercent(v / ukraineKm2)} of Ukraine)` : "");
  const last = [...rows].reverse().find((r) => r.deepstate != null && r.nzz != null);
  const methodChanges = useMethodChanges().data?.changes;
  const changeMarks = useMemo(
    () => deriveMethodChangeMarks(methodChanges ?? [], { sources: ["deepstate", "nzz"] }, range),
    [methodChanges, range],
  );
  const marks: Mark[] = [
    ...jumps.map((j) => ({
      date: j.date,
      label: `${j.source === "nzz" ? "NZZ" : "DeepState"} ${formatSignedNumber(j.deltaKm2)} km²`,
    })),
    ...changeMarks.map((m) => ({ date: m.day, label: m.label })),
  ];
  const changesOn = (date: unknown) =>
    changeMarks.filter((m) => m.day === date).map((m) => `${m.label} (a listed method change)`);
  const chartRows: ChartRow[] = rows.map((r) => ({
    date: r.date,
    deepstate: r.deepstate,
    nzz: r.nzz,
    difference: r.difference,
  }));
  const definitionChange = lfl?.nzzJumps.find(
    (j) => Math.abs(j.inPre2022DeltaKm2) > 0.9 * Math.abs(j.deltaKm2) && j.deltaKm2 < 0,
  );
  const sourceIds = new Set(["deepstate-history", "deepstate-occupied", "nzz"]);
  const credited = territory.sources.filter((s) => sourceIds.has(s.id));
  const frameSources = credited.map((s) => ({ name: s.name, url: s.url }));
  const dataTo = [territory.deepstate.dates.at(-1)!, territory.nzz.dates.at(-1)!].sort()[0]!;
  return (
    <div className="cmp-panel" id="cmp-territory">
      <h3 className="cmp-panel__title">Territory held by Russia: DeepState vs NZZ (liveuamap)</h3>
      <div className="cmp-controls">
        <SegmentedControl
          legend="Definition"
          name="terr-def"
          options={TERRITORY_DEFINITIONS}
          labels={DEFINITION_LABELS}
          value={def}
          onChange={(terr) => update({ terr })}
        />
      </div>
      <ChartFrame
        id={`territory-${def}`}
        title={
          last
            ? `${formatDate(last.date)}: DeepState ${km2(last.deepstate!)}, NZZ ${km2(last.nzz!)}`
            : "No day in this range with both sources"
        }
        subtitle={`${formatDateRange(range)} · ${DEFINITION_LABELS[def].toLowerCase()}, km²`}
        note={DEFINITION_NOTES[def]}
        legend={[
          { key: "deepstate", label: "DeepState", color: "var(--src-deepstate)", shape: "line" },
          {
            key: "nzz",
            label: def === "published" ? "NZZ (as published)" : "NZZ (like for like)",
            color: "var(--src-nzz)",
            shape: "dash",
          },
        ]}
        sources={frameSources}
        dataTo={dataTo}
        summary={`Russian-held area per day by DeepState and NZZ, ${DEFINITION_LABELS[def].toLowerCase()}, with ${jumps.length} flagged jumps marked.`}
        exportData={seriesExportData(
          `russian-held-area-deepstate-vs-nzz-${def}`,
          chartRows,
          [
            { key: "deepstate", label: "DeepState" },
            { key: "nzz", label: def === "published" ? "NZZ (as published)" : "NZZ (like for like)" },
          ],
          range,
          "km²",
        )}
      >
        <TimeSeriesChart
          rows={chartRows}
          series={[
            { key: "deepstate", label: "DeepState", color: "var(--src-deepstate)" },
            { key: "nzz", label: "NZZ", color: "var(--src-nzz)", dashed: true },
          ]}
          format={(v) => formatNumber(v)}
          label={`Russian-held area by DeepState and NZZ, ${formatDateRange(range)}`}
          marks={marks}
          zeroBased={false}
          extra={(row) => {
            const lines: string[] = changesOn(row.date);
            if (typeof row.deepstate === "number") lines.push(`DeepState${share(row.deepstate)}`);
            if (typeof row.nzz === "number") lines.push(`NZZ${share(row.nzz)}`);
            if (typeof row.difference === "number")
              lines.push(`DeepState − NZZ: ${formatSignedNumber(row.difference)} km²`);
            return lines;
          }}
        />
      </ChartFrame>
      <ChartFrame
        id={`territory-difference-${def}`}
        title={
          last
            ? `DeepState − NZZ on ${formatDate(last.date)}: ${formatSignedNumber(last.difference!)} km²`
            : "No difference in this range"
        }
        subtitle={`${formatDateRange(range)} · ${DEFINITION_LABELS[def].toLowerCase()}`}
        legend={[{ key: "difference", label: "DeepState − NZZ", color: "var(--axis)", shape: "line" }]}
        sources={frameSources}
        dataTo={dataTo}
        exportData={seriesExportData(
          `russian-held-area-difference-deepstate-minus-nzz-${def}`,
          chartRows,
          [{ key: "difference", label: "DeepState − NZZ" }],
          range,
          "km²",
        )}
      >
        <TimeSeriesChart
          rows={chartRows}
          series={[{ key: "difference", label: "DeepState − NZZ", color: "var(--axis)" }]}
          format={(v) => formatNumber(v)}
          label="Difference between the two sources' areas"
          height={180}
          marks={marks}
          zeroBased={false}
        />
      </ChartFrame>
      <WeeklyChangeFrame weeks={weeks} range={range} sources={frameSources} dataTo={dataTo} />
      <FlaggedJumps jumps={jumps} />
      {definitionChange && lfl && <DefinitionChangeNote change={definitionChange} likeForLike={lfl} />}
      <SourceNotes sources={credited} />
    </div>
  );
}
