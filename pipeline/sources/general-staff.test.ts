import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { RawDataError } from "../types";
import { EQUIPMENT, makeTempDir, writeRawDir } from "../fixtures/raw-dir";
import { readRawJson } from "../lib/raw-files";
import { readGeneralStaff } from "./general-staff";

function errorOf(fn: () => unknown): RawDataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RawDataError) return error;
    throw error;
  }
  throw new Error("expected a RawDataError");
}

const EQUIPMENT_FILE = "general-staff/russia_losses_equipment.json";

describe("readGeneralStaff rejects bad input, naming the file", () => {
  it("a truncated JSON file", () => {
    const text = JSON.stringify(EQUIPMENT);
    const dir = writeRawDir(makeTempDir(), { equipment: text.slice(0, text.length / 2) });
    const error = errorOf(() => readGeneralStaff(dir));
    expect(error.file).toBe(path.join(dir, EQUIPMENT_FILE));
    expect(error.reason).toMatch(/truncated or invalid JSON/);
  });

  it("a schema-drifted row: a count that is not a number", () => {
    const drifted = [...EQUIPMENT.slice(0, 2), { ...EQUIPMENT[2]!, tank: "15+" }];
    const dir = writeRawDir(makeTempDir(), { equipment: JSON.stringify(drifted) });
    const error = errorOf(() => readGeneralStaff(dir));
    expect(error.file).toBe(path.join(dir, EQUIPMENT_FILE));
    expect(error.reason).toBe('2022-05-01: "tank" is not a non-negative integer (got "15+")');
  });

  it("a category it has never seen", () => {
    const drifted = [{ ...EQUIPMENT[0]!, "laser weapons": 1 }];
    const dir = writeRawDir(makeTempDir(), { equipment: JSON.stringify(drifted) });
    expect(errorOf(() => readGeneralStaff(dir)).reason).toMatch(/unknown category "laser weapons"/);
  });

  it("a missing file", () => {
    const dir = makeTempDir();
    const error = errorOf(() => readGeneralStaff(dir));
    expect(error.reason).toBe("file is missing");
    expect(error.message).toContain("general-staff/russia_losses_");
  });
});

describe("readRawJson", () => {
  it("reads gzipped JSON and names a corrupt .gz", () => {
    const dir = makeTempDir();
    const good = path.join(dir, "good.json.gz");
    writeFileSync(good, gzipSync(JSON.stringify({ a: 1 })));
    expect(readRawJson(good)).toEqual({ a: 1 });
    const bad = path.join(dir, "bad.json.gz");
    writeFileSync(bad, gzipSync(JSON.stringify({ a: 1 })).subarray(0, 12));
    const error = errorOf(() => readRawJson(bad));
    expect(error.file).toBe(bad);
    expect(error.reason).toMatch(/corrupt gzip/);
  });
});
