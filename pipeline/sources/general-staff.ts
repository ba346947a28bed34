// Reader for general-staff/*.json (PetroIvaniuk/2022-Ukraine-Russia-War-Dataset layout): Russian losses
// claimed by Ukraine's General Staff. Maps the drifting raw category names to the stable keys of
// src/data/schemas/losses.ts and rejects anything it does not recognise, naming the file.
import { RawDataError } from "../types";
import { isValidIsoDate } from "../lib/dates";
import { rawPath, readRawJson } from "../lib/raw-files";
import type { GeneralStaffCategory } from "../../src/data/schemas/losses";

export const GENERAL_STAFF_FILES = {
  equipment: ["general-staff", "russia_losses_equipment.json"],
  personnel: ["general-staff", "russia_losses_personnel.json"],
  corrections: ["general-staff", "russia_losses_equipment_correction.json"],
} as const;

/**
 * Raw keys → stable category, the one mapping: each inner list is one "part" whose keys must all be
 * present for the part to count; a category's value is the sum of the complete parts present that
 * day (the step, pipeline/steps/losses.ts).
 * - "military auto" + "fuel tank" were reported separately until 2022-04-30 and replaced by
 *   "vehicles and fuel tanks" from 2022-05-01; they form one part: one without the other would
 *   undercount vehicles.
 * - "mobile SRBM system" (2022-03-26 → 2022-04-30, at most 4) was folded into "cruise missiles" when
 *   that category appeared on 2022-05-01 (at 84: the jump is the start of reporting, not one day's losses).
 */
export const CATEGORY_PARTS: Record<GeneralStaffCategory, string[][]> = {
  personnel: [["personnel"]],
  tank: [["tank"]],
  apc: [["APC"]],
  artillery: [["field artillery"]],
  mlrs: [["MRL"]],
  airDefense: [["anti-aircraft warfare"]],
  aircraft: [["aircraft"]],
  helicopter: [["helicopter"]],
  drone: [["drone"]],
  cruiseMissile: [["cruise missiles"], ["mobile SRBM system"]],
  ship: [["naval ship"]],
  submarine: [["submarines"]],
  vehicle: [["vehicles and fuel tanks"], ["military auto", "fuel tank"]],
  specialEquipment: [["special equipment"]],
  groundRobot: [["ground robotic systems"]],
};

/** Raw key → the category it feeds (from CATEGORY_PARTS). */
export const RAW_CATEGORY_KEYS: Readonly<Record<string, GeneralStaffCategory>> = Object.fromEntries(
  (Object.entries(CATEGORY_PARTS) as [GeneralStaffCategory, string[][]][]).flatMap(([category, parts]) =>
    parts.flat().map((key) => [key, category]),
  ),
);

/** Raw keys read but not used: bookkeeping or text, not counts of losses. */
const IGNORED_KEYS = new Set(["date", "day", "greatest losses direction", "personnel*", "POW"]);

/** One day's statement: raw key → value, as published (cumulative since 2022-02-24). */
export interface RawDailyRecord {
  date: string;
  counts: Map<string, number>;
}

export interface GeneralStaffRaw {
  equipment: RawDailyRecord[];
  personnel: RawDailyRecord[];
  /** Non-zero corrections only, per raw key. */
  corrections: RawDailyRecord[];
}

function parseRecords(file: string, data: unknown, allowNegative: boolean): RawDailyRecord[] {
  if (!Array.isArray(data)) throw new RawDataError(file, "expected a JSON array of daily records");
  const seen = new Set<string>();
  let previous: string | undefined;
  return data.map((row: unknown, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new RawDataError(file, `record ${index} is not an object`);
    }
    const record = row as Record<string, unknown>;
    const date = record.date;
    if (typeof date !== "string" || !isValidIsoDate(date)) {
      throw new RawDataError(file, `record ${index} has no valid "date" (got ${JSON.stringify(date)})`);
    }
    if (seen.has(date)) throw new RawDataError(file, `${date} appears twice`);
    // The files are published in date order; a step back means a mangled or merged file.
    if (previous !== undefined && date < previous)
      throw new RawDataError(file, `record ${index}: ${date} is out of order (after ${previous})`);
    previous = date;
    seen.add(date);
    const counts = new Map<string, number>();
    for (const [key, value] of Object.entries(record)) {
      if (IGNORED_KEYS.has(key)) continue;
      if (!(key in RAW_CATEGORY_KEYS)) {
        throw new RawDataError(
          file,
          `${date}: unknown category "${key}" (map it in pipeline/sources/general-staff.ts)`,
        );
      }
      if (typeof value !== "number" || !Number.isInteger(value) || (!allowNegative && value < 0)) {
        throw new RawDataError(
          file,
          `${date}: "${key}" is not a ${allowNegative ? "" : "non-negative "}integer (got ${JSON.stringify(value)})`,
        );
      }
      // 1e300 is an integer to JavaScript, but no count: beyond 2^53 − 1 sums are no longer exact.
      if (!Number.isSafeInteger(value))
        throw new RawDataError(
          file,
          `${date}: "${key}" is too large to be a count (got ${JSON.stringify(value)}, more than 2^53 − 1)`,
        );
      counts.set(key, value);
    }
    return { date, counts };
  });
}

function sortedByDate(records: RawDailyRecord[]): RawDailyRecord[] {
  return [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function readGeneralStaff(rawDir: string): GeneralStaffRaw {
  const read = (parts: readonly string[], allowNegative: boolean) => {
    const file = rawPath(rawDir, ...parts);
    return sortedByDate(parseRecords(file, readRawJson(file), allowNegative));
  };
  const personnelFile = rawPath(rawDir, ...GENERAL_STAFF_FILES.personnel);
  const personnel = read(GENERAL_STAFF_FILES.personnel, false);
  for (const record of personnel) {
    if (!record.counts.has("personnel"))
      throw new RawDataError(personnelFile, `${record.date}: no "personnel" value`);
  }
  return {
    equipment: read(GENERAL_STAFF_FILES.equipment, false),
    personnel,
    corrections: read(GENERAL_STAFF_FILES.corrections, true),
  };
}
