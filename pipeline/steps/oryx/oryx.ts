// Step: oryx/totals_by_type_history.csv + oryx-daily/*.csv → public/data/oryx.json (visually confirmed
// losses, both sides): the history and the daily files stitched into one series per side, type and
// status ((stitch.ts)), like for like across the ledger's Oryx changes ((like-for-like.ts)) with
// the as-published series beside it, and each Oryx change measured.
import {
  ORYX_COUNTRIES,
  ORYX_TYPES,
  oryxFileSchema,
  type OryxCountry,
  type OryxFile,
  type OryxStatusSeries,
  type OryxType,
} from "../../../src/data/schemas/oryx";
import { SCHEMA_VERSION, toIsoDate, type IsoDate, type Source } from "../../../src/data/schemas/common";
import {
  normaliseTypeName,
  ORYX_HISTORY_FILE,
  ORYX_STATUSES,
  readOryxHistory,
  type OryxRow,
} from "../../sources/oryx";
import { readOryxDaily } from "../../sources/oryx-daily";
import { CATEGORY_MAPPING, ORYX_PUBLISHED_TYPE_LABELS, ORYX_TYPE_LABELS } from "./mapping";
import { classifyRows, rejectBrokenRows, rejectDuplicates, type Rejection, type TypedRow } from "./rows";
import { oryxLikeForLike } from "./like-for-like";
import { allTypesDisagreements, measureOryxChanges } from "./measures";
import { stitchOryx } from "./stitch";
import { CURATED_METHOD_CHANGES_FILE, methodChangesOf, readMethodChanges } from "../curated/method-changes";
import path from "node:path";
import { rawPath } from "../../lib/raw-files";
import { serializeJson } from "../../lib/json";
import type { Step } from "../../types";

/** The UTC day's last snapshot, per day that has one (several days have two, some none). */
export function lastSnapshotPerDay(snapshots: Iterable<string>): Map<IsoDate, string> {
  const out = new Map<IsoDate, string>();
  for (const snapshot of [...new Set(snapshots)].sort()) out.set(toIsoDate(snapshot.slice(0, 10)), snapshot);
  return out;
}

import type { DerivedOryx } from "./derived";

export type { DerivedOryx };

export interface DeriveOryxOptions {
  /** Normalised type names the like-for-like series leave out ((like-for-like.ts)). */
  leftOut?: ReadonlySet<string>;
  /** Keys with an as-published series beside the like-for-like one. */
  asPublishedKeys?: readonly OryxType[];
  /** From this day on (the daily files), the like-for-like allTypes is the sum of the day's type rows. */
  typeRowsFrom?: IsoDate | null;
}

type Definition = "likeForLike" | "published";

/**
 * The series of each country, type and status on the last snapshot of each day. Oryx's total
 * (allTypes), as published, is its "All Types" row, lags and all. Like for like (the default) it is
 * the same total without the left-out rows: on history days the "All Types" row minus those rows (the
 * history's type rows are sometimes split in two or broken, so a sum of them would drop types); from
 * `typeRowsFrom` on, the sum of the day's type rows without them, since the daily files' "All Types"
 * row sometimes lags its types by a day or more (shared/data/README.md: "Prefer the type rows"; the
 * step's report lists each day the two disagree). Other keys, like for like, sum their rows but the
 * left-out ones. A broken row makes every value it is read into null that day (a partial sum would
 * look like a real drop).
 */
export function deriveOryx(file: string, rows: OryxRow[], options: DeriveOryxOptions = {}): DerivedOryx {
  const leftOut = options.leftOut ?? new Set<string>();
  const publishedKeys = options.asPublishedKeys ?? [];
  const typeRowsFrom = options.typeRowsFrom ?? null;
  const classified = classifyRows(file, rows);
  const deduped = rejectDuplicates(classified.typed);
  const cleaned = rejectBrokenRows(deduped.kept);
  const rejected = [...classified.rejected, ...deduped.rejected, ...cleaned.rejected].sort(
    (a, b) => a.row.snapshot.localeCompare(b.row.snapshot) || a.row.line - b.row.line,
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
  const asPublished = Object.fromEntries(
    ORYX_COUNTRIES.map((c) => [c, Object.fromEntries(publishedKeys.map((t) => [t, empty()]))]),
  ) as DerivedOryx["asPublished"];
  // An as-published series exists for every key in publishedKeys, the only ones asked for.
  const seriesOf = (definition: Definition, country: OryxCountry, key: OryxType): OryxStatusSeries =>
    definition === "published" ? asPublished[country][key]! : countries[country][key];

  // What one row adds to (sign +1) or takes from (−1), in each definition.
  const contributions = (row: TypedRow, day: IsoDate): [Definition, OryxType, 1 | -1][] => {
    const out: [Definition, OryxType, 1 | -1][] = [];
    const isLeftOut = leftOut.has(normaliseTypeName(row.name));
    const fromTypeRows = typeRowsFrom !== null && day >= typeRowsFrom;
    if (row.key && publishedKeys.includes(row.key)) out.push(["published", row.key, 1]);
    if (row.key === "allTypes") {
      if (!fromTypeRows) out.push(["likeForLike", "allTypes", 1]);
    } else {
      if (row.key && !isLeftOut) out.push(["likeForLike", row.key, 1]);
      if (isLeftOut && !fromTypeRows) out.push(["likeForLike", "allTypes", -1]);
      if (!isLeftOut && fromTypeRows) out.push(["likeForLike", "allTypes", 1]);
    }
    return out;
  };

  const poisoned = new Set<string>();
  // Like for like on a history day, allTypes exists only where the "All Types" row does.
  const hasAllTypesRow = new Set<string>();
  for (const row of deduped.kept) {
    const at = dayIndex.get(row.snapshot);
    if (!at) continue;
    if (row.key === "allTypes") hasAllTypesRow.add(`${at.i} ${row.country}`);
    for (const [definition, key, sign] of contributions(row, at.day)) {
      if (brokenRows.has(row)) {
        poisoned.add(`${at.day} ${row.country} ${key}${definition === "published" ? " (as published)" : ""}`);
        continue;
      }
      const series = seriesOf(definition, row.country, key);
      for (const status of ORYX_STATUSES)
        series[status][at.i] = (series[status][at.i] ?? 0) + sign * row.counts[status];
    }
  }
  for (const country of ORYX_COUNTRIES) {
    const lfl = countries[country].allTypes;
    dates.forEach((day, i) => {
      const fromTypeRows = typeRowsFrom !== null && day >= typeRowsFrom;
      if (!fromTypeRows && !hasAllTypesRow.has(`${i} ${country}`))
        for (const status of ORYX_STATUSES) lfl[status][i] = null;
    });
  }
  for (const cell of poisoned) {
    const [day, country, key, published] = cell.split(" ") as [IsoDate, OryxCountry, OryxType, string?];
    const i = dates.indexOf(day);
    for (const status of ORYX_STATUSES)
      seriesOf(published ? "published" : "likeForLike", country, key)[status][i] = null;
  }
  const days = new Map<string, number>();
  for (const s of allSnapshots) days.set(s.slice(0, 10), (days.get(s.slice(0, 10)) ?? 0) + 1);
  return {
    dates,
    countries,
    asPublished,
    rejected,
    nulledByRejection: [...poisoned].sort(),
    snapshotCount: allSnapshots.size,
    multiSnapshotDays: [...days.values()].filter((n) => n > 1).length,
    typed: classified.typed,
    kept: deduped.kept,
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

export function oryxSource(firstDate: IsoDate, lastDate: IsoDate, dailyFrom: IsoDate | null): Source {
  return {
    id: "oryx",
    name: "Oryx (oryxspioenkop.com), daily scrape by scarnecchia/oryx_data, continued by leedrake5/Russia-Ukraine's daily files",
    url: "https://www.oryxspioenkop.com/2022/02/attack-on-europe-documenting-equipment.html",
    licence: "CC BY 4.0 (scarnecchia/oryx_data), MIT (leedrake5/Russia-Ukraine); credit Oryx",
    counts:
      "Russian and Ukrainian equipment losses confirmed by photo or video evidence, by type and status (destroyed, damaged, abandoned, captured).",
    caveats: [
      "A floor, not an estimate: only losses with visual evidence are listed, often weeks late.",
      `Up to ${dailyFrom ? "the day before " + dailyFrom : lastDate}, one value per day that has a scrape (the day's last, ~11:35 UTC; days without one are absent)${dailyFrom ? `; from ${dailyFrom}, one file per day (leedrake5/Russia-Ukraine). A day with both must hold the same counts (checked), and uses the scrape` : ""}.`,
      "Type names drift and were mapped to stable keys; rows with embedded numbers, duplicates and glitches that contradict neighbouring days were rejected (null).",
      "From 4 May 2026 Oryx no longer lists reconnaissance UAVs and unmanned ground vehicles. By default both sides are counted without them on every day (like for like): Oryx's total minus those rows, and from the daily files the sum of the type rows without them, since Oryx's own 'All Types' row there sometimes lags its types by a day or more. 'As published' shows Oryx's own total and UAV count, with the fall.",
    ].join(" "),
    firstDate,
    lastDate,
    shortName: "Oryx",
  };
}

/** Oryx type labels of the as-published series (where they differ from the like-for-like ones). */
function publishedLabelsOf(keys: readonly OryxType[]): Partial<Record<OryxType, string>> {
  return Object.fromEntries(keys.map((k) => [k, ORYX_PUBLISHED_TYPE_LABELS[k] ?? ORYX_TYPE_LABELS[k]]));
}

export const buildOryx: Step = async ({ rawDir }) => {
  const historyFile = rawPath(rawDir, ...ORYX_HISTORY_FILE);
  const history = readOryxHistory(rawDir);
  const daily = readOryxDaily(rawDir);
  const stitched = stitchOryx(history, daily);
  const ledger = readMethodChanges();
  const oryxChanges = methodChangesOf(ledger, "oryx");
  const likeForLike = oryxLikeForLike(oryxChanges, CURATED_METHOD_CHANGES_FILE);
  const dailyFrom = stitched.dailyFrom ? toIsoDate(stitched.dailyFrom) : null;
  const derived = deriveOryx(historyFile, stitched.rows, {
    leftOut: likeForLike.leftOut,
    asPublishedKeys: likeForLike.keys,
    typeRowsFrom: dailyFrom,
  });
  const firstDate = derived.dates[0];
  const lastDate = derived.dates[derived.dates.length - 1];
  if (!firstDate || !lastDate) throw new Error("no Oryx snapshots");
  const publishedLabels = publishedLabelsOf(likeForLike.keys);
  const methodChanges = measureOryxChanges(oryxChanges, derived, ORYX_TYPE_LABELS, publishedLabels);
  const out: OryxFile = oryxFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [oryxSource(firstDate, lastDate, dailyFrom)],
    dates: derived.dates,
    typeLabels: ORYX_TYPE_LABELS,
    countries: derived.countries,
    ...(likeForLike.keys.length
      ? { asPublished: { typeLabels: publishedLabels, countries: derived.asPublished } }
      : {}),
    mapping: CATEGORY_MAPPING,
    methodChanges,
  });

  const summaries = derived.rejected.filter((r) => r.kind === "summary");
  const others = derived.rejected.filter((r) => r.kind !== "summary");
  const lines = [
    `rows read: ${history.length} from the history (${derived.snapshotCount} snapshots in all), ${daily.length} daily files; ${derived.dates.length} days kept (last snapshot of each UTC day; ${derived.multiSnapshotDays} days had more than one)`,
    `coverage: ${firstDate} → ${lastDate}; history to ${stitched.historyLast}, daily files from ${dailyFrom ?? "(none after the history)"}`,
    `overlap checked equal: ${stitched.overlap.map((o) => `${o.day} (${path.basename(o.historyFile)} = ${path.basename(o.dailyFile)})`).join(", ") || "none"}`,
    `daily files inside the history's span on days without a snapshot, not read: ${stitched.unused.join(", ") || "none"}`,
    `like for like (default) across ${likeForLike.ids.join(", ") || "nothing"}: left out ${[...likeForLike.leftOut].map((n) => `"${n}"`).join(", ") || "nothing"}; as published kept for ${likeForLike.keys.join(", ") || "no key"}`,
    "method changes measured:",
    ...methodChanges.map(
      (m) => `  ${m.id} (${m.day}): ${m.figures.map((f) => `${f.label} ${f.value}`).join("; ")}`,
    ),
    `daily files' "All Types" row vs the sum of the type rows (like for like reads the type rows): ${
      dailyFrom ? "" : "no daily days"
    }`,
    ...(dailyFrom ? allTypesDisagreements(derived.kept, dailyFrom).map((l) => `  ${l}`) : []),
    `rejected: ${derived.rejected.length} rows (${summaries.length} summary, ${others.filter((r) => r.kind === "duplicate").length} duplicate, ${others.filter((r) => r.kind === "broken").length} broken)`,
    "summary rows dropped (name embeds numbers):",
    ...groupSummaries(summaries),
    "duplicate and broken rows rejected:",
    ...others.map(
      (r) =>
        `  ${path.basename(r.row.file)} line ${r.row.line} ${r.row.snapshot} ${r.row.country} "${r.row.name}" [${r.kind}]: ${r.reason}`,
    ),
    `null because a row read that day was broken: ${derived.nulledByRejection.join(", ") || "none"}`,
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
