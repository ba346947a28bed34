// The checks every raw Oryx row passes before it is used, whichever file it comes from (the history
// CSV, the daily files): its day is a real calendar day, its counts are safe integers, and its four
// statuses add up to its type_total (they do in every real row of both folders; a row that does
// not is a corrupt file, not a quirk to repair). A failure names the file, the line and the day.
import { isCalendarDate } from "../../src/data/checks/plausibility";
import { RawDataError } from "../types";

export interface OryxRowCounts {
  destroyed: number;
  damaged: number;
  abandoned: number;
  captured: number;
  total: number;
}

/** The raw column each count is read from, for messages. */
const COLUMN: Record<keyof OryxRowCounts, string> = {
  destroyed: "destroyed",
  damaged: "damaged",
  abandoned: "abandoned",
  captured: "captured",
  total: "type_total",
};

/**
 * Throws a RawDataError naming `file`, `line` and `day` (YYYY-MM-DD, the row's snapshot day) if the
 * row is implausible.
 */
export function checkOryxRow(file: string, line: number, day: string, counts: OryxRowCounts): void {
  if (!isCalendarDate(day)) throw new RawDataError(file, `line ${line}: ${day} is not a calendar day`);
  for (const key of Object.keys(COLUMN) as (keyof OryxRowCounts)[])
    if (!Number.isSafeInteger(counts[key]))
      throw new RawDataError(
        file,
        `line ${line} (${day}): ${COLUMN[key]} is too large to be a count (${counts[key]}, more than 2^53 − 1)`,
      );
  const sum = counts.destroyed + counts.damaged + counts.abandoned + counts.captured;
  if (sum !== counts.total)
    throw new RawDataError(
      file,
      `line ${line} (${day}): destroyed + damaged + abandoned + captured = ${sum}, not type_total ${counts.total}`,
    );
}
