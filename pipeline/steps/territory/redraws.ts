// "Possible redraw": a day where one source's change in a box (gains plus losses) is many times what
// the other source moved in the same box around that day. Fighting shows in both maps within days;
// a source redrawing its own map (a new definition, a cleaned-up shape, a broken file) shows in one.
import type { Redraw } from "../../../src/data/schemas/territory";
import { SECTORS } from "../../geo/sectors";
import type { DailySeries } from "./series";

export const REDRAW_RULE = {
  /** The day's change must be at least this many times the other source's… */
  multiple: 10,
  /** …and at least this large, km² (smaller moves are within a day's fighting in any box). */
  floorKm2: 250,
  /** The other source's change is summed over this many days on each side (publishing lags). */
  windowDays: 3,
} as const;

type Box = Redraw["box"];
type Changes = Map<string, number | null>;

/** Gains plus losses per day in one box (null: not measured that day). */
function changesOf(series: DailySeries, box: Box): Changes {
  const pick =
    box === "all" ? series : (series.sectors[box] ?? { gainedKm2: [] as null[], lostKm2: [] as null[] });
  return new Map(
    series.dates.map((d, i) => {
      const g = pick.gainedKm2[i];
      const l = pick.lostKm2[i];
      return [d, g === null || g === undefined || l === null || l === undefined ? null : g + l];
    }),
  );
}

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Each day a source moved ≥ floorKm2 in a box (all Ukraine and each sector) while the other moved
 * less than 1/multiple of it over the days around it. Days the other source has no measured value
 * on at all are skipped (nothing to compare with). Sorted by date, source, box.
 */
export function detectRedraws(
  series: Record<"deepstate" | "nzz", DailySeries>,
  rule: { multiple: number; floorKm2: number; windowDays: number } = REDRAW_RULE,
): Redraw[] {
  const boxes: Box[] = ["all", ...SECTORS.map((s) => s.id as Box)];
  const out: Redraw[] = [];
  for (const box of boxes) {
    const changes = { deepstate: changesOf(series.deepstate, box), nzz: changesOf(series.nzz, box) };
    for (const source of ["deepstate", "nzz"] as const) {
      const own = changes[source];
      const other = changes[source === "nzz" ? "deepstate" : "nzz"];
      for (const [date, km2] of own) {
        if (km2 === null || km2 < rule.floorKm2) continue;
        let sum = 0;
        let measured = false;
        for (let k = -rule.windowDays; k <= rule.windowDays; k++) {
          const v = other.get(addDays(date, k));
          if (v === null || v === undefined) continue;
          sum += v;
          measured = true;
        }
        if (!measured || km2 < rule.multiple * sum) continue;
        out.push({ date, source, box, km2: round1(km2), otherKm2: round1(sum) } as Redraw);
      }
    }
  }
  const order = (b: Box) => boxes.indexOf(b);
  return out.sort(
    (a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source) || order(a.box) - order(b.box),
  );
}
