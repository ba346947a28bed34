// Readers for raw input files that turn every failure into a RawDataError naming the file.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { RawDataError } from "../types";

/** Absolute path of a file inside the raw folder, e.g. rawPath(raw, "oryx", "x.csv"). */
export function rawPath(rawDir: string, ...parts: string[]): string {
  return path.join(rawDir, ...parts);
}

export function readRawBytes(file: string): Buffer {
  if (!existsSync(file)) throw new RawDataError(file, "file is missing");
  if (!statSync(file).isFile()) throw new RawDataError(file, "is not a regular file");
  const bytes = readFileSync(file);
  if (!file.endsWith(".gz")) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new RawDataError(file, `corrupt gzip (${(error as Error).message})`);
  }
}

export function readRawText(file: string): string {
  return readRawBytes(file).toString("utf8");
}

/** Parses JSON (gzipped or not); a truncated or malformed file is reported with the parser's message. */
export function readRawJson(file: string): unknown {
  const text = readRawText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RawDataError(file, `truncated or invalid JSON (${(error as Error).message})`);
  }
}
