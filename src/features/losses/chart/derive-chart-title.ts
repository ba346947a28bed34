// What each chart's title says: built from the range's figures, so it states what the range shows
// ("Ukraine's General Staff: Russia lost 55 tanks between 19 and 25 Jul 2023").
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { DateRange } from "../../../filters/range";
import { CATEGORY_LABELS, categoryUnit, isPersonnel } from "../../../data/categories";
import { formatDate, formatNumber } from "../../../lib/format";
import type { RangeTotals } from "../series/derive-range-totals";

/** "between 19 and 25 Jul 2023", "between 3 Jun and 25 Jul 2023", "on 25 Jul 2023". */
export function formatBetween({ from, to }: DateRange): string {
  if (from === to) return `on ${formatDate(to)}`;
  const [d1, m1, y1] = formatDate(from).split(" ");
  const [, m2, y2] = formatDate(to).split(" ");
  if (y1 !== y2 || !d1) return `between ${formatDate(from)} and ${formatDate(to)}`;
  if (m1 !== m2) return `between ${d1} ${m1} and ${formatDate(to)}`;
  return `between ${d1} and ${formatDate(to)}`;
}

/** The charts: personnel alone (people), drones alone (they dwarf the rest), other equipment together. */
export interface ChartGroup {
  id: "personnel" | "drones" | "equipment";
  categories: GeneralStaffCategory[];
}

export function deriveChartGroups(categories: readonly GeneralStaffCategory[]): ChartGroup[] {
  const groups: ChartGroup[] = [
    { id: "personnel", categories: categories.filter(isPersonnel) },
    { id: "drones", categories: categories.filter((c) => c === "drone") },
    { id: "equipment", categories: categories.filter((c) => !isPersonnel(c) && c !== "drone") },
  ];
  return groups.filter((g) => g.categories.length > 0);
}

function lost(t: RangeTotals): string | null {
  if (t.inRange == null) return null;
  const what = `${formatNumber(t.inRange)} ${categoryUnit(t.category, t.inRange)}`;
  return isPersonnel(t.category) ? `${what} (killed and wounded)` : what;
}

/**
 * "Ukraine's General Staff: Russia lost 55 tanks and 120 artillery systems between …"; past two
 * categories the rest are counted ("and 3 other categories"); categories with no figure are named.
 */
export function deriveChartTitle(totals: readonly RangeTotals[], range: DateRange): string {
  const when = formatBetween(range);
  const parts = totals.map(lost).filter((p): p is string => p != null);
  const prefix = "Ukraine's General Staff:";
  if (parts.length === 0) {
    const names = totals.map((t) => CATEGORY_LABELS[t.category].toLowerCase()).join(", ");
    return `${prefix} no figure for ${names} ${when}`;
  }
  const late = totals.some((t) => t.countedFrom && t.inRange != null);
  const shown =
    parts.length <= 2
      ? parts.join(" and ")
      : `${parts.slice(0, 2).join(", ")} and ${parts.length - 2} other categor${parts.length === 3 ? "y" : "ies"}`;
  return `${prefix} Russia lost ${shown} ${when}${late ? " (counted from first report)" : ""}`;
}
