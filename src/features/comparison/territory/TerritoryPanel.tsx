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
import {
  deriveJumps,
  deriveTerritoryRows,
  deriveWeeklyChange,
  isDefinitionChange,
} from "./derive-territory-compare";
import { roundKm2 } from "../../../lib/windows";
import { SourceNotes } from "../charts/SourceNote";
import { TimeSeriesChart, type ChartRow, type Mark } from "../charts/TimeSeriesChart";
import { WeeklyChangeChart } from "./WeeklyChangeChart";
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
  const partialWeeks = weeks.filter((w) => w.partial);
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
      <ChartFrame
        id="territory-weekly-change"
        title="Area taken and retaken per week, by source"
        subtitle={`${formatDateRange(range)} · km² per Monday-to-Sunday week${partialWeeks.length ? `; cut by the range: ${partialWeeks.map((w) => `${formatDateRange({ from: w.week, to: w.to })} (${w.days} of 7 days)`).join(", ")}` : ""}`}
        note="From each day’s geometry: new∖old is taken by Russia, old∖new retaken by Ukraine. NZZ like for like: its 2024 change of definition and its listed redraws are no change; a listed redraw’s day is not measured."
        legend={[
          {
            key: "dg",
            label: "DeepState: taken by Russia (up) / retaken (down, lighter)",
            color: "var(--src-deepstate)",
            shape: "bar",
          },
          {
            key: "ng",
            label: "NZZ: taken by Russia (up) / retaken (down, lighter)",
            color: "var(--src-nzz)",
            shape: "bar",
          },
        ]}
        sources={frameSources}
        dataTo={dataTo}
        exportData={{
          fileStem: "area-taken-and-retaken-per-week-deepstate-nzz",
          columns: [
            "week from",
            "week to",
            "days",
            "DeepState: taken by Russia (km²)",
            "DeepState: retaken by Ukraine (km²)",
            "NZZ: taken by Russia (km²)",
            "NZZ: retaken by Ukraine (km²)",
          ],
          rows: weeks.map((w) => [
            w.week,
            w.to,
            w.days,
            roundKm2(w.deepstateGained),
            roundKm2(w.deepstateLost),
            roundKm2(w.nzzGained),
            roundKm2(w.nzzLost),
          ]),
          range,
        }}
      >
        <WeeklyChangeChart
          rows={weeks}
          label={`Weekly area taken and retaken, DeepState and NZZ, ${formatDateRange(range)}`}
        />
      </ChartFrame>
      {jumps.length > 0 && (
        <div className="cmp-jumps">
          <h4>Flagged jumps in this range</h4>
          <ul>
            {jumps.map((j) => (
              <li key={j.source + j.date}>
                {formatDate(j.date)}, {j.source === "nzz" ? "NZZ" : "DeepState"}:{" "}
                {formatSignedNumber(j.deltaKm2)} km² in one day —{" "}
                {isDefinitionChange(j)
                  ? `a change of definition: ${formatNumber(Math.abs(j.inPre2022DeltaKm2!))} km² of it lies inside the areas held before 2022 (see below).`
                  : j.note}
              </li>
            ))}
          </ul>
        </div>
      )}
      {definitionChange && lfl && (
        <details className="cmp-explain">
          <summary>
            Why NZZ’s published area drops by {formatNumber(Math.abs(definitionChange.deltaKm2))} km² on{" "}
            {formatDate(definitionChange.date)}
          </summary>
          <p>
            On {formatDate(definitionChange.date)} NZZ’s map lost{" "}
            {formatNumber(Math.abs(definitionChange.deltaKm2))} km² in one day, more than fighting moves.
            Measured against DeepState’s “occupied before 2022” layer,{" "}
            {formatNumber(Math.abs(definitionChange.inPre2022DeltaKm2))} km² of it lies inside the areas
            Russia has held since 2014 (parts of Donetsk and Luhansk oblasts): from that day NZZ stopped
            drawing them, as it never drew Crimea. No territory changed hands.
          </p>
          <p>
            The like-for-like series take NZZ’s shape each day and measure its part inside that layer (
            {formatNumber(lfl.reference.pre2022Km2)} km², from DeepState’s snapshot{" "}
            {lfl.reference.snapshot.slice(0, 10)}): “since 24 Feb 2022” is NZZ’s shape minus that part, “all
            occupied” adds the whole layer back. DeepState’s own layer gives its series. “As published” shows
            NZZ as it is, jump included. Shares are of Ukraine’s {formatNumber(lfl.reference.ukraineKm2)} km²
            within its internationally recognised border.
          </p>
        </details>
      )}
      <SourceNotes sources={credited} />
    </div>
  );
}
