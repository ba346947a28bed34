// Sorting of the table that lists the chart's rows.
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { ChartRow } from "../series/derive-chart-rows";

export type SortColumn = "date" | GeneralStaffCategory;
export type SortDirection = "ascending" | "descending";
export interface TableSort {
  column: SortColumn;
  direction: SortDirection;
}

/** Rows sorted by a column; missing values always go last, ties keep date order. */
export function deriveSortedTableRows(rows: readonly ChartRow[], sort: TableSort): ChartRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  if (sort.column === "date") {
    return (sort.direction === "ascending" ? indexed : indexed.reverse()).map(({ row }) => row);
  }
  const column = sort.column;
  return indexed
    .sort((a, b) => {
      const x = a.row.values[column] ?? null;
      const y = b.row.values[column] ?? null;
      if (x == null || y == null) return x == null && y == null ? a.i - b.i : x == null ? 1 : -1;
      return (x - y) * sign || a.i - b.i;
    })
    .map(({ row }) => row);
}
