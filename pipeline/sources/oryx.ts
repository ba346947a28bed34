// Reader for oryx/totals_by_type_history.csv (scarnecchia/oryx_data, read out of its git history):
// one row per (snapshot, country, Oryx type) with counts by status. Every distinct type name found in
// the file is mapped deliberately below; an unknown name fails the build so a rename is never lost.
import { parse } from "csv-parse/sync";
import type { OryxCountry, OryxType } from "../../src/data/schemas/oryx";
import { checkOryxRow } from "./oryx-row-checks";
import { RawDataError } from "../types";
import { rawPath, readRawText } from "../lib/raw-files";

export const ORYX_HISTORY_FILE = ["oryx", "totals_by_type_history.csv"] as const;

const COLUMNS = [
  "snapshot_utc",
  "country",
  "equipment_type",
  "destroyed",
  "abandoned",
  "captured",
  "damaged",
  "type_total",
];
export const ORYX_STATUSES = ["destroyed", "damaged", "abandoned", "captured", "total"] as const;
export type OryxStatus = (typeof ORYX_STATUSES)[number];

export interface OryxRow {
  /** The raw file the row was read from, for messages. */
  file: string;
  /** Line in the CSV (1-based, header is line 1), for the report. */
  line: number;
  /** Scraper commit time, ISO UTC, e.g. 2022-03-28T04:43:05Z; for the daily files (no time of day
   *  published) the day alone, e.g. 2025-07-20. Its first 10 characters are the UTC day. */
  snapshot: string;
  country: OryxCountry;
  /** Type name as published, whitespace-trimmed. */
  name: string;
  counts: Record<OryxStatus, number>;
}

/**
 * Every Oryx type name seen in the history (2022-03-28 → 2025-07-19), lower-cased, → stable key, or
 * null for types the dashboard does not chart (they still count in Oryx's own "All Types" total, so
 * nothing is summed into allTypes by us: that would double count). Renames over time:
 * - "Naval Ships" → "Naval Ships and Submarines" (Russia, 2023-09-13): ships includes submarines after.
 * - "Trucks, Vehicles and Jeeps" → "…, and Jeeps" (2023) → "Trucks, Vehicles, Jeeps, and Trains"
 *   (Russia, 2025-05-27): trucks includes trains after ("Logistics Trains" was its own type until 2022-11).
 * - "Multiple Rocket Launchers" → "Rocket and Missile Artillery" (2025-06-27), same series continued.
 * - "Unmanned Aerial Vehicles" split into "Reconnaissance …" and "Unmanned Combat Aerial Vehicles"
 *   (2022-11-16; for Ukraine the old name stayed for the reconnaissance part until 2023-03-27):
 *   uavs = the sum of whichever of the three rows a snapshot has.
 * - "Anti-Aircraft Guns" (towed) and "Self-Propelled Anti-Aircraft Guns" are summed into antiAircraftGuns.
 * In the daily files (oryx-daily/, 2025-07-19 →), listed in pipeline/curated/method-changes.json:
 * - "Artillery Support Vehicles And Equipment" → "Artillery and Missile Support Vehicles And Equipment"
 *   (2025-09-23): not charted either way.
 * - "Trucks, Vehicles, Jeeps, and Trains" → "Trucks and similar vehicles" (2026-05-10, both lists):
 *   trucks; Russia's count falls as the definition narrowed (a listed change, marked on the charts).
 * - From 2026-05-04 Oryx lists no "Reconnaissance Unmanned Aerial Vehicles" and no "Unmanned Ground
 *   Vehicles" (ORYX_REMOVED_2026_05_04 below; the like-for-like series leave them out throughout).
 */
export const ORYX_TYPE_NAMES: Record<string, OryxType | null> = {
  tanks: "tanks",
  "armoured fighting vehicles": "afv",
  "infantry fighting vehicles": "ifv",
  "armoured personnel carriers": "apc",
  "mine-resistant ambush protected": "mrap",
  "infantry mobility vehicles": "imv",
  "self-propelled artillery": "artillerySelfPropelled",
  "towed artillery": "artilleryTowed",
  "multiple rocket launchers": "mlrs",
  "rocket and missile artillery": "mlrs",
  "surface-to-air missile systems": "sam",
  "anti-aircraft guns": "antiAircraftGuns",
  "self-propelled anti-aircraft guns": "antiAircraftGuns",
  aircraft: "aircraft",
  helicopters: "helicopters",
  "unmanned aerial vehicles": "uavs",
  "reconnaissance unmanned aerial vehicles": "uavs",
  "unmanned combat aerial vehicles": "uavs",
  "naval ships": "ships",
  "naval ships and submarines": "ships",
  "trucks, vehicles and jeeps": "trucks",
  "trucks, vehicles, and jeeps": "trucks",
  "trucks, vehicles, jeeps, and trains": "trucks",
  "trucks and similar vehicles": "trucks",
  "all types": "allTypes",
  // Not charted (no General Staff counterpart or too small); still inside Oryx's "All Types".
  "anti-tank guided missiles": null,
  "man-portable air defence systems": null,
  "artillery support vehicles and equipment": null,
  "artillery and missile support vehicles and equipment": null,
  "command posts and communications stations": null,
  "communications stations": null,
  "engineering vehicles": null,
  "engineering vehicles and equipment": null,
  "heavy mortars": null,
  "jammers and deception systems": null,
  "logistics trains": null,
  radars: null,
  "radars and communications equipment": null,
  "self-propelled anti-tank missile systems": null,
  "unmanned ground vehicles": null,
};

const COUNTRIES: Record<string, OryxCountry> = { Russia: "russia", Ukraine: "ukraine" };

export function normaliseTypeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Parses the CSV; a missing column, unknown country, bad timestamp or non-numeric count names the line. */
export function parseOryxHistory(file: string, text: string): OryxRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      info: true,
      skip_empty_lines: true,
      trim: false,
    }) as typeof records;
  } catch (error) {
    throw new RawDataError(file, `unreadable CSV (${(error as Error).message})`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (records.length === 0 || missing.length > 0) {
    throw new RawDataError(
      file,
      `expected columns ${COLUMNS.join(",")}; missing ${missing.join(",") || "rows"}`,
    );
  }
  return records.map(({ record, info }) => {
    const snapshot = record.snapshot_utc ?? "";
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(snapshot)) {
      throw new RawDataError(file, `line ${info.lines}: bad snapshot_utc ${JSON.stringify(snapshot)}`);
    }
    return parseOryxRecord(file, info.lines, snapshot, record);
  });
}

/** One row of scarnecchia's columns (the history's, and the daily files' between their extras). */
export function parseOryxRecord(
  file: string,
  line: number,
  snapshot: string,
  record: Record<string, string | undefined>,
): OryxRow {
  const country = COUNTRIES[record.country ?? ""];
  if (!country)
    throw new RawDataError(file, `line ${line}: unknown country ${JSON.stringify(record.country)}`);
  const count = (column: string): number => {
    const raw = record[column] ?? "";
    if (!/^\d+$/.test(raw.trim())) {
      throw new RawDataError(
        file,
        `line ${line}: ${column} is not a non-negative integer (got ${JSON.stringify(raw)})`,
      );
    }
    return Number(raw);
  };
  const counts = {
    destroyed: count("destroyed"),
    damaged: count("damaged"),
    abandoned: count("abandoned"),
    captured: count("captured"),
    total: count("type_total"),
  };
  // The gate's row rules (a real day, safe counts, statuses that add up), for both Oryx folders.
  checkOryxRow(file, line, snapshot.slice(0, 10), counts);
  return { file, line, snapshot, country, name: (record.equipment_type ?? "").trim(), counts };
}

export function readOryxHistory(rawDir: string): OryxRow[] {
  const file = rawPath(rawDir, ...ORYX_HISTORY_FILE);
  return parseOryxHistory(file, readRawText(file));
}
