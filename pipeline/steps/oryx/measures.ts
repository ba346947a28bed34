// What the Oryx step measures beside the series: how much each of the ledger's Oryx changes moved
// them (written into oryx.json's methodChanges), and the days the daily files' "All Types" row
// disagrees with their type rows (the step's report). Pure, unit-tested in oryx.test.ts.
import type { IsoDate } from "../../../src/data/schemas/common";
import type { MethodChange, MethodChangeMeasure } from "../../../src/data/schemas/method-changes";
import {
  ORYX_COUNTRIES,
  ORYX_TYPES,
  type OryxStatusSeries,
  type OryxType,
} from "../../../src/data/schemas/oryx";
import type { DerivedOryx } from "./derived";
import type { TypedRow } from "./rows";

/**
 * Days (runs of days) on which a country's "All Types" row differs from the sum of its type rows,
 * from `from` on (the daily files), e.g. "2026-08-16 → 2026-08-23 ukraine: All Types 11916, type rows
 * 11942". Only the like-for-like total reads the type rows; the as-published one keeps the row.
 */
export function allTypesDisagreements(typed: readonly TypedRow[], from: IsoDate): string[] {
  const perDay = new Map<string, { row: number | null; types: number }>();
  for (const r of typed) {
    const day = r.snapshot.slice(0, 10);
    if (day < from) continue;
    const id = `${day} ${r.country}`;
    const cell = perDay.get(id) ?? { row: null, types: 0 };
    if (r.key === "allTypes") cell.row = r.counts.total;
    else cell.types += r.counts.total;
    perDay.set(id, cell);
  }
  const runs: { first: string; last: string; country: string; row: number | null; types: number }[] = [];
  for (const [id, cell] of [...perDay].sort(([a], [b]) => a.localeCompare(b))) {
    if (cell.row === cell.types) continue;
    const [day, country] = id.split(" ") as [string, string];
    const prev = runs.findLast((r) => r.country === country);
    if (prev && prev.row === cell.row && prev.types === cell.types) prev.last = day;
    else runs.push({ first: day, last: day, country, row: cell.row, types: cell.types });
  }
  return runs.map(
    (r) =>
      `${r.first}${r.last === r.first ? "" : ` → ${r.last}`} ${r.country}: All Types ${r.row ?? "missing"}, type rows ${r.types}`,
  );
}

/**
 * How much each of the ledger's Oryx changes moved the series: for each country and each key the
 * change lists (all types when it lists none), the value on the last day before the change and on
 * its first day in the data, like for like and, where it differs, as published.
 */
export function measureOryxChanges(
  changes: readonly MethodChange[],
  derived: Pick<DerivedOryx, "dates" | "countries" | "asPublished">,
  labels: Record<OryxType, string>,
  publishedLabels: Partial<Record<OryxType, string>>,
): MethodChangeMeasure[] {
  const out: MethodChangeMeasure[] = [];
  const { dates } = derived;
  for (const change of changes) {
    if (change.source !== "oryx") continue;
    const i = dates.findIndex((d) => d >= change.from);
    const day = dates[i];
    if (i <= 0 || !day) continue;
    const before = dates[i - 1]!;
    const keys = (change.keys ?? ["allTypes"]).filter((k): k is OryxType =>
      (ORYX_TYPES as readonly string[]).includes(k),
    );
    const figures: MethodChangeMeasure["figures"] = [];
    for (const country of ORYX_COUNTRIES) {
      const name = country === "russia" ? "Russia" : "Ukraine";
      for (const key of keys) {
        const variants: [string, OryxStatusSeries | undefined][] = [
          [
            derived.asPublished[country][key] ? `${labels[key]}, like for like` : labels[key],
            derived.countries[country][key],
          ],
          [`${publishedLabels[key] ?? labels[key]}, as published`, derived.asPublished[country][key]],
        ];
        for (const [label, series] of variants) {
          const a = series?.total[i - 1];
          const b = series?.total[i];
          if (a == null || b == null) continue;
          figures.push({ label: `${name}, ${label}, ${before}`, value: a, unit: "items" });
          figures.push({ label: `${name}, ${label}, ${day}`, value: b, unit: "items" });
        }
      }
    }
    if (figures.length) out.push({ id: change.id, day, figures });
  }
  return out;
}
