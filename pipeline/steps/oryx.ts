// Step: oryx/totals_by_type_history.csv → public/data/oryx.json (visually confirmed losses, both sides).
import {
  ORYX_COUNTRIES,
  ORYX_TYPES,
  oryxFileSchema,
  type OryxCountry,
  type OryxFile,
  type OryxStatusSeries,
  type OryxType,
} from "../../src/data/schemas/oryx";
import { SCHEMA_VERSION, toIsoDate, type IsoDate, type Source } from "../../src/data/schemas/common";
import { ORYX_HISTORY_FILE, ORYX_STATUSES, readOryxHistory, type OryxRow } from "../sources/oryx";
import { CATEGORY_MAPPING, ORYX_TYPE_LABELS } from "./oryx-mapping";
import { classifyRows, rejectBrokenRows, rejectDuplicates, type Rejection, type TypedRow } from "./oryx-rows";
import { rawPath } from "../lib/raw-files";
import { serializeJson } from "../lib/json";
import type { Step } from "../types";

/** The UTC day's last snapshot, per day that has one (several days have two, some none). */
export function lastSnapshotPerDay(snapshots: Iterable<string>): Map<IsoDate, string> {
  const out = new Map<IsoDate, string>();
  for (const snapshot of [...new Set(snapshots)].sort()) out.set(toIsoDate(snapshot.slice(0, 10)), snapshot);
  return out;
}

export interface DerivedOryx {
  dates: IsoDate[];
  countries: Record<OryxCountry, Record<OryxType, OryxStatusSeries>>;
  rejected: Rejection[];
  /** (day, country, type) set to null because the chosen snapshot's row for it was broken. */
  nulledByRejection: string[];
  /** Snapshots read and days with more than one snapshot. */
  snapshotCount: number;
  multiSnapshotDays: number;
  typed: TypedRow[];
}

export function deriveOryx(file: string, rows: OryxRow[]): DerivedOryx {
  const classified = classifyRows(file, rows);
  const deduped = rejectDuplicates(classified.typed);
  const cleaned = rejectBrokenRows(deduped.kept);
  const rejected = [...classified.rejected, ...deduped.rejected, ...cleaned.rejected].sort(
    (a, b) => a.row.line - b.row.line,
  );
  // Only broken rows leave a hole: a rejected duplicate has a kept sibling, a summary is not a type.
  const brokenRows = new Set(cleaned.rejected.map((r) => r.row));

  const allSnapshots = new Set(rows.map((r) => r.snapshot));
  const perDay = lastSnapshotPerDay(allSnapshots);
  const dates = [...perDay.keys()];
  const dayIndex = new Map([...perDay].map(([day, snap], i) => [snap, { day, i }]));

  const empty = (): OryxStatusSeries =>
    Object.fromEntries(
      ORYX_STATUSES.map((s) => [s, dates.map((): number | null => null)]),
    ) as OryxStatusSeries;
  const countries = Object.fromEntries(
    ORYX_COUNTRIES.map((c) => [c, Object.fromEntries(ORYX_TYPES.map((t) => [t, empty()]))]),
  ) as DerivedOryx["countries"];

  // Sum the kept rows of each chosen snapshot per stable key; a rejected row among them makes the key
  // null that day (a partial sum would look like a real drop).
  const poisoned = new Set<string>();
  for (const row of deduped.kept) {
    const at = dayIndex.get(row.snapshot);
    if (!at || !row.key) continue;
    const cell = `${at.day} ${row.country} ${row.key}`;
    if (brokenRows.has(row)) {
      poisoned.add(cell);
      continue;
    }
    const series = countries[row.country][row.key];
    for (const status of ORYX_STATUSES)
      series[status][at.i] = (series[status][at.i] ?? 0) + row.counts[status];
  }
  for (const cell of poisoned) {
    const [day, country, key] = cell.split(" ") as [IsoDate, OryxCountry, OryxType];
    const i = dates.indexOf(day);
    for (const status of ORYX_STATUSES) countries[country][key][status][i] = null;
  }
  const days = new Map<string, number>();
  for (const s of allSnapshots) days.set(s.slice(0, 10), (days.get(s.slice(0, 10)) ?? 0) + 1);
  return {
    dates,
    countries,
    rejected,
    nulledByRejection: [...poisoned].sort(),
    snapshotCount: allSnapshots.size,
    multiSnapshotDays: [...days.values()].filter((n) => n > 1).length,
    typed: classified.typed,
  };
}

export function oryxSource(firstDate: IsoDate, lastDate: IsoDate): Source {
  return {
    id: "oryx",
    name: "Oryx (oryxspioenkop.com), daily scrape by scarnecchia/oryx_data",
    url: "https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html",
    licence: "CC BY 4.0 (scarnecchia/oryx_data); credit Oryx",
    counts:
      "Russian and Ukrainian equipment losses confirmed by photo or video evidence, by type and status (destroyed, damaged, abandoned, captured).",
    caveats:
      "A floor, not an estimate: only losses with visual evidence are listed, often weeks late. One value per day that has a scrape (the day's last, ~11:35 UTC); days without one are absent. Type names drift and were mapped to stable keys; rows with embedded numbers, duplicates and glitches that contradict neighbouring snapshots were rejected (null).",
    firstDate,
    lastDate,
    shortName: "Oryx",
  };
}

/** "day country type" for every null between a type's first and last reported day. */
export function innerGaps(derived: Pick<DerivedOryx, "dates" | "countries">): string[] {
  const out: string[] = [];
  for (const country of ORYX_COUNTRIES) {
    for (const type of ORYX_TYPES) {
      const total = derived.countries[country][type].total;
      const first = total.findIndex((v) => v !== null);
      const last = total.findLastIndex((v) => v !== null);
      for (let i = first + 1; i < last; i++)
        if (total[i] === null) out.push(`${derived.dates[i]} ${country} ${type}`);
    }
  }
  return out.sort();
}

function groupSummaries(rejected: Rejection[]): string[] {
  const groups = new Map<string, Rejection[]>();
  for (const r of rejected) {
    const pattern = `${r.row.country} "${r.row.name.replace(/\d+/g, "N").replace(/\s+/g, " ").slice(0, 70)}"`;
    const list = groups.get(pattern);
    if (list) list.push(r);
    else groups.set(pattern, [r]);
  }
  return [...groups].map(
    ([pattern, rs]) =>
      `  ${rs.length} × ${pattern} (lines ${rs[0]?.row.line}…${rs[rs.length - 1]?.row.line}, ${rs[0]?.row.snapshot.slice(0, 10)} → ${rs[rs.length - 1]?.row.snapshot.slice(0, 10)})`,
  );
}

/** Per country: each raw name, its key and the snapshots it appears in, so renames are visible. */
function nameTable(typed: TypedRow[]): string[] {
  const spans = new Map<string, { first: string; last: string; n: number; key: string }>();
  for (const r of typed) {
    const id = `${r.country} | ${r.name.replace(/\s+/g, " ")}`;
    const s = spans.get(id);
    if (!s) spans.set(id, { first: r.snapshot, last: r.snapshot, n: 1, key: r.key ?? "(not charted)" });
    else {
      s.first = r.snapshot < s.first ? r.snapshot : s.first;
      s.last = r.snapshot > s.last ? r.snapshot : s.last;
      s.n++;
    }
  }
  return [...spans]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => `  ${id} → ${s.key}: ${s.first.slice(0, 10)} → ${s.last.slice(0, 10)} (${s.n} rows)`);
}

export const buildOryx: Step = async ({ rawDir }) => {
  const file = rawPath(rawDir, ...ORYX_HISTORY_FILE);
  const rows = readOryxHistory(rawDir);
  const derived = deriveOryx(file, rows);
  const firstDate = derived.dates[0];
  const lastDate = derived.dates[derived.dates.length - 1];
  if (!firstDate || !lastDate) throw new Error("no Oryx snapshots");
  const out: OryxFile = oryxFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [oryxSource(firstDate, lastDate)],
    dates: derived.dates,
    typeLabels: ORYX_TYPE_LABELS,
    countries: derived.countries,
    mapping: CATEGORY_MAPPING,
  });

  const summaries = derived.rejected.filter((r) => r.kind === "summary");
  const others = derived.rejected.filter((r) => r.kind !== "summary");
  const lines = [
    `rows read: ${rows.length} (${derived.snapshotCount} snapshots); ${derived.dates.length} days kept (last snapshot of each UTC day; ${derived.multiSnapshotDays} days had more than one)`,
    `coverage: ${firstDate} → ${lastDate}`,
    `rejected: ${derived.rejected.length} rows (${summaries.length} summary, ${others.filter((r) => r.kind === "duplicate").length} duplicate, ${others.filter((r) => r.kind === "broken").length} broken)`,
    "summary rows dropped (name embeds numbers):",
    ...groupSummaries(summaries),
    "duplicate and broken rows rejected:",
    ...others.map(
      (r) =>
        `  line ${r.row.line} ${r.row.snapshot} ${r.row.country} "${r.row.name}" [${r.kind}]: ${r.reason}`,
    ),
    `null because the day's chosen row was broken: ${derived.nulledByRejection.join(", ") || "none"}`,
    `null inside a type's span for another reason (row absent from the day's snapshot): ${
      innerGaps(derived)
        .filter((g) => !derived.nulledByRejection.includes(g))
        .join(", ") || "none"
    }`,
    "type names → stable keys:",
    ...nameTable(derived.typed),
  ];
  return {
    files: [{ path: "oryx.json", content: serializeJson(out) }],
    report: { title: "Oryx → oryx.json", lines },
  };
};
