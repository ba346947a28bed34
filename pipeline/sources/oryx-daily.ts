// Reader for oryx-daily/YYYY-MM-DD.csv (leedrake5/Russia-Ukraine, data/byType, MIT): one file per day
// of the same Oryx totals as the history, continuing it after its scraper stopped (2025-07-19). Each
// file is scarnecchia's seven columns between a leading unnamed row index and `row_id`, `Date`; the
// day has no time. Rows come out as OryxRow, with the day alone as their `snapshot`.
import { readdirSync, statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { isValidIsoDate } from "../lib/dates";
import { rawPath, readRawText } from "../lib/raw-files";
import { RawDataError } from "../types";
import { parseOryxRecord, type OryxRow } from "./oryx";

export const ORYX_DAILY_DIR = "oryx-daily";

/** The daily files' header: an unnamed row index, scarnecchia's seven columns, `row_id` and `Date`. */
export const ORYX_DAILY_COLUMNS = [
  "",
  "country",
  "equipment_type",
  "destroyed",
  "abandoned",
  "captured",
  "damaged",
  "type_total",
  "row_id",
  "Date",
];

export interface OryxDailyFile {
  day: string;
  file: string;
  rows: OryxRow[];
}

/**
 * Parses one day's file. The header must be exactly the ten columns above; every row's `Date` must
 * be the file's day (a file holding another day would be stitched on the wrong day). A type name may
 * hold a newline inside its quotes ("Surface-To-Air Missile Systems\n"): names are trimmed here and
 * whitespace-normalised when mapped (normaliseTypeName).
 */
export function parseOryxDailyFile(file: string, day: string, text: string): OryxDailyFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parse(text, {
      columns: (names: string[]) => (header = names),
      info: true,
      skip_empty_lines: true,
    }) as typeof records;
  } catch (error) {
    throw new RawDataError(file, `unreadable CSV (${(error as Error).message})`);
  }
  if (header.join(",") !== ORYX_DAILY_COLUMNS.join(",")) {
    throw new RawDataError(
      file,
      `expected the columns "${ORYX_DAILY_COLUMNS.join('","')}", got "${header.join('","')}"`,
    );
  }
  if (records.length === 0) throw new RawDataError(file, "no rows");
  const rows = records.map(({ record, info }) => {
    if (record.Date !== day) {
      throw new RawDataError(
        file,
        `line ${info.lines}: Date ${JSON.stringify(record.Date)} is not the file's day ${day}`,
      );
    }
    return parseOryxRecord(file, info.lines, day, record);
  });
  return { day, file, rows };
}

/** Every `YYYY-MM-DD.csv` in oryx-daily/, by day (other files, e.g. SOURCES.tsv, are not read). */
export function readOryxDaily(rawDir: string): OryxDailyFile[] {
  const dir = rawPath(rawDir, ORYX_DAILY_DIR);
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    names = readdirSync(dir);
  } catch {
    throw new RawDataError(dir, "folder of daily Oryx files is missing");
  }
  const days = names
    .map((name) => /^(\d{4}-\d{2}-\d{2})\.csv$/.exec(name)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
  if (days.length === 0) throw new RawDataError(dir, "holds no YYYY-MM-DD.csv file");
  return days.map((day) => {
    const file = rawPath(dir, `${day}.csv`);
    if (!isValidIsoDate(day)) throw new RawDataError(file, `${day} is not a calendar date`);
    return parseOryxDailyFile(file, day, readRawText(file));
  });
}
