// The chart's rows as a table: the same values, sortable by any column. Collapsed until asked
// for (nothing is rendered while it is closed) and paged, so a four-year range stays cheap.
import { Fragment, memo, useId, useMemo, useState } from "react";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { LossesView } from "../losses-url-state";
import { formatNumber } from "../../../lib/format";
import { CATEGORY_LABELS } from "../../../data/categories";
import type { ChartModel } from "../series/derive-chart-rows";
import { deriveSortedTableRows, type SortColumn, type TableSort } from "./derive-table-rows";
import { formatRowPeriod, formatViewValue, viewUnit } from "../series/format-losses";

interface LossesTableProps {
  model: ChartModel;
  categories: readonly GeneralStaffCategory[];
  view: LossesView;
}

const PAGE_SIZE = 50;
const PERIOD_HEADERS = { day: "Date", week: "Week", month: "Month" } as const;

export const LossesTable = memo(function LossesTable({ model, categories, view }: LossesTableProps) {
  const [open, setOpen] = useState(false);
  const [sort, setSort] = useState<TableSort>({ column: "date", direction: "ascending" });
  const [page, setPage] = useState(0);
  const captionId = useId();
  const regionId = useId();
  const rows = useMemo(() => (open ? deriveSortedTableRows(model.rows, sort) : []), [open, model.rows, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const sortBy = (column: SortColumn) => {
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === "ascending" ? "descending" : "ascending",
    }));
    setPage(0);
  };
  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    return (
      <th scope="col" aria-sort={active ? sort.direction : "none"}>
        <button type="button" className="losses-table__sort" onClick={() => sortBy(column)}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="losses-table">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide the table" : "Show the chart's numbers as a table"}
      </button>
      <div id={regionId} hidden={!open}>
        {open && (
          <>
            {/* A scrollable region must be focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <div className="losses-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table>
                <caption id={captionId}>
                  {categories.length === 0
                    ? "No category selected."
                    : `${categories.map((c) => CATEGORY_LABELS[c]).join(", ")}: ${viewUnit(view)}. Sort by pressing a column header.`}
                </caption>
                <thead>
                  <tr>
                    {header("date", PERIOD_HEADERS[model.unit])}
                    {categories.map((c) => (
                      <Fragment key={c}>{header(c, CATEGORY_LABELS[c])}</Fragment>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{formatRowPeriod(row, model.unit)}</th>
                      {categories.map((c) => (
                        <td key={c}>{formatViewValue(row.values[c], view)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pages > 1 && (
              <nav className="losses-table__pages" aria-label="Table pages">
                <button
                  type="button"
                  className="button"
                  disabled={current === 0}
                  onClick={() => setPage(current - 1)}
                >
                  Previous rows
                </button>
                <span>
                  Rows {formatNumber(current * PAGE_SIZE + 1)}–
                  {formatNumber(current * PAGE_SIZE + shown.length)} of {formatNumber(rows.length)}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={current >= pages - 1}
                  onClick={() => setPage(current + 1)}
                >
                  Next rows
                </button>
              </nav>
            )}
          </>
        )}
      </div>
    </div>
  );
});
