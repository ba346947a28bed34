// What the fetcher needs to know of an upstream: where its files are, where they go in the raw
// folder (laid out like ../shared/data), and how a download is checked and turned into the local file.
import type { SourceId } from "../config";
import type { Problem } from "../checks";

/** A few files, each the whole history so far (General Staff): fetched every run, checked against the copy they replace. */
export interface CumulativeSource {
  kind: "cumulative";
  id: SourceId;
  /** Folder in the raw layout, e.g. "general-staff". */
  folder: string;
  /** File names inside `folder` and their paths in the upstream repository. The first one's dates give the source's last day. */
  files: { local: string; upstream: string }[];
  check(text: string, previous: string | null, today: string): Problem;
}

/** One file a day: probed day by day after the last local one; a 404 means "not published yet". */
export interface DailySource {
  kind: "daily";
  id: SourceId;
  folder: string;
  upstreamPath(day: string): string;
  /** Local file name for a day (".gz" names are gzipped when written). */
  localName(day: string): string;
  /** The day of a local file name, or null for another file (e.g. SOURCES.tsv). */
  dayOf(name: string): string | null;
  /** Checks a download and returns the local file's text (before gzip), or the problem. */
  prepare(text: string, day: string): { text: string } | { problem: string };
  /** True when upstream repeats an unchanged day byte for byte and the raw layout leaves it out (NZZ). */
  skipRepeats?: boolean;
  /** A listing of the day files kept in the folder (oryx-daily/SOURCES.tsv): each day fetched gets its
   *  row appended, when the folder has the listing (it is seeded, never created). */
  listing?: { file: string; row(day: string, text: string, commit: string | null): string };
}

export type FetchSource = CumulativeSource | DailySource;

/** `YYYY-MM-DD` at the start of a file name ending in `suffix`, else null. */
export function dayFromName(name: string, suffix: string): string | null {
  const m = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})${suffix.replace(/\./g, "\\.")}$`).exec(name);
  return m ? m[1]! : null;
}
