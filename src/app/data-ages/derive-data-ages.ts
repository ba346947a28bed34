// The header's "Data to …" line: for each dated source, its last day and how old that is, and which
// sources stopped upstream (with why and what the dashboard continues them with). Pure: the page
// passes the manifest, the site's build day and the reader's today.
import type { IsoDate, Source } from "../../data/schemas/common";
import { diffDays } from "../../lib/dates";

/**
 * A source whose last day is more than this many days before the site's build is marked as behind:
 * every source here publishes daily, so two weeks without a day means the copy or the source stalled.
 */
export const STALE_AFTER_DAYS = 14;

export interface DataAge {
  id: string;
  name: string;
  lastDate: IsoDate;
  /** Whole days from the last day to the reader's today (0 = today). */
  ageDays: number;
  /** Days the last day lies before the site's build day. */
  behindBuildDays: number;
  /** More than STALE_AFTER_DAYS before the build. */
  stale: boolean;
  /** Sources this one continues (they stopped upstream), shown with it. */
  continues: { name: string; lastDate: IsoDate; endNote: string | null }[];
}

export interface DataAges {
  /** One entry per dated source still running (a stopped one is listed under its continuation). */
  sources: DataAge[];
  /** The last day any source has: the default range ends there. */
  newest: IsoDate | null;
  buildDate: IsoDate;
}

const nameOf = (s: Source) => s.shortName ?? s.name;

export function deriveDataAges(
  sources: readonly Source[],
  options: { buildDate: IsoDate; today: IsoDate },
): DataAges {
  const series = sources.filter((s) => s.kind !== "reference");
  const ids = new Set(series.map((s) => s.id));
  // A stopped source whose continuation is in the manifest is shown with it, not on its own.
  const continued = series.filter((s) => s.continuedBy !== undefined && ids.has(s.continuedBy));
  const running = series.filter((s) => !continued.includes(s));
  const rows = running.map((s): DataAge => {
    const behindBuildDays = Math.max(0, diffDays(options.buildDate, s.lastDate));
    return {
      id: s.id,
      name: nameOf(s),
      lastDate: s.lastDate,
      ageDays: Math.max(0, diffDays(options.today, s.lastDate)),
      behindBuildDays,
      stale: behindBuildDays > STALE_AFTER_DAYS,
      continues: continued
        .filter((c) => c.continuedBy === s.id)
        .map((c) => ({ name: nameOf(c), lastDate: c.lastDate, endNote: c.endNote ?? null })),
    };
  });
  rows.sort((a, b) => b.lastDate.localeCompare(a.lastDate) || a.name.localeCompare(b.name));
  return { sources: rows, newest: rows[0]?.lastDate ?? null, buildDate: options.buildDate };
}
