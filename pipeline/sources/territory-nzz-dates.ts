// NZZ's own map dates. The scraper names each file by the day it fetched it; NZZ's features carry
// the day of the map (`properties.date`) and the window of changes it draws (`_datefrom` →
// `_dateto`). From March 2023 on, the file's day is usually one after NZZ's own date (the scraper
// runs the next morning), so NZZ's days are keyed by NZZ's date, and each update says what window it
// covers ("NZZ's update of D covers changes since D0").
import { constants, gunzipSync } from "node:zlib";
import { addDays } from "../steps/territory/dates";
import { RawDataError } from "../types";
import { readRawBytes, type Snapshot } from "./territory-read";

export interface NzzHead {
  /** `properties.date` of the file's first feature (YYYY-MM-DD), or null. */
  date: string | null;
  /** `properties._datefrom`, or null (NZZ's first file has none). */
  windowFrom: string | null;
}

export interface NzzSnapshot extends Snapshot {
  /** The day in the scraper's file name. */
  fileDate: string;
  /** The first day of the changes this update draws (`_datefrom`), or null. */
  windowFrom: string | null;
}

/** How far before the file's day NZZ's own date may lie before it is distrusted (days). */
export const MAX_NZZ_DATE_LAG = 7;

const DAY = /^\d{4}-\d{2}-\d{2}/;
/** The properties come before each feature's geometry: the first few KB of text hold them. */
const HEAD_BYTES = 8192;

/** `date` and `_datefrom` of a file's first feature, read from the start of the gzip stream only. */
export function readNzzHead(file: string): NzzHead {
  const bytes = readRawBytes(file);
  let text: string;
  try {
    // A prefix of the stream: Z_SYNC_FLUSH returns what it inflates without asking for the end.
    text = gunzipSync(bytes.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH }).toString(
      "utf8",
    );
  } catch (e) {
    throw new RawDataError(file, `not a valid gzip file (${(e as Error).message})`);
  }
  const props = /"properties"\s*:\s*\{([^}]*)\}/.exec(text)?.[1] ?? "";
  const field = (name: string) => {
    const v = new RegExp(`"${name}"\\s*:\\s*"([^"]*)"`).exec(props)?.[1];
    return v && DAY.test(v) ? v.slice(0, 10) : null;
  };
  return { date: field("date"), windowFrom: field("_datefrom") };
}

export interface NzzDating {
  snapshots: NzzSnapshot[];
  /** Files NZZ dated the same day as a later file (the later one is kept). */
  replaced: string[];
  /** Files whose own date is before an earlier file's (a re-upload of an older map): left out. */
  outOfOrder: string[];
  /** Files without a usable own date (after the file's day or over MAX_NZZ_DATE_LAG before it). */
  fileDated: string[];
}

/**
 * Keys NZZ's files (in file-name order) by NZZ's own map date: a file without a plausible own date
 * keeps its file day; two files of one own date → the later file wins (the state at the end of that
 * day); a file dated before one already kept is left out.
 */
export function keyByOwnDate(files: readonly Snapshot[], headOf: (file: string) => NzzHead): NzzDating {
  const out: NzzSnapshot[] = [];
  const replaced: string[] = [];
  const outOfOrder: string[] = [];
  const fileDated: string[] = [];
  for (const s of files) {
    const head = headOf(s.file);
    const plausible =
      head.date !== null && head.date <= s.date && head.date >= addDays(s.date, -MAX_NZZ_DATE_LAG);
    if (!plausible) fileDated.push(s.file);
    const date = plausible ? head.date! : s.date;
    const last = out.at(-1);
    const snapshot: NzzSnapshot = { date, file: s.file, fileDate: s.date, windowFrom: head.windowFrom };
    if (last && date < last.date) outOfOrder.push(s.file);
    else if (last && date === last.date) {
      replaced.push(last.file);
      out[out.length - 1] = snapshot;
    } else out.push(snapshot);
  }
  return { snapshots: out, replaced, outOfOrder, fileDated };
}
