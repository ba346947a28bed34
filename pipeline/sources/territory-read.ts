// Reading the raw territory snapshots: gzip → JSON, with any failure reported as a RawDataError
// naming the file, and the file lists of each folder mapped to calendar days.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { RawDataError } from "../types";
import { isValidIsoDate } from "../lib/dates";

/** A raw file's bytes; a file that cannot be read names itself. */
export function readRawBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new RawDataError(file, `cannot read: ${(e as Error).message}`);
  }
}

/** Parses a gzip-compressed JSON file; a corrupt archive or truncated JSON names the file. */
export function readGzipJson(file: string): unknown {
  const bytes = readRawBytes(file);
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch (e) {
    throw new RawDataError(file, `not a valid gzip file (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RawDataError(file, `invalid or truncated JSON (${(e as Error).message})`);
  }
}

export interface Snapshot {
  /** Calendar day (UTC) the snapshot belongs to. */
  date: string;
  /** Absolute path. */
  file: string;
}

/**
 * One snapshot per day from a folder whose file names start with `YYYY-MM-DD`: where a day has
 * several (DeepState publishes 2–3 on some days), the last of the day wins, since it is the state
 * at the end of that day.
 */
export function listDailySnapshots(dir: string, suffix: string): Snapshot[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new RawDataError(dir, `cannot list folder: ${(e as Error).message}`);
  }
  const byDay = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith(suffix)).sort()) {
    const date = name.slice(0, 10);
    if (!isValidIsoDate(date))
      throw new RawDataError(join(dir, name), `file name does not start with a calendar day (${date})`);
    byDay.set(date, join(dir, name));
  }
  return [...byDay].map(([date, file]) => ({ date, file }));
}
