// Checks a downloaded file must pass before it replaces anything in the raw folder. Each returns
// null when the file is fine, else one sentence saying what is wrong (the caller names the file).
// They check form, not figures: a file that parses, with valid dates in order and not after today,
// and, for the cumulative General Staff files, not shorter or ending earlier than the copy it replaces.
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { isValidIsoDate } from "../lib/dates";
import { ORYX_DAILY_COLUMNS } from "../sources/oryx-daily";

export type Problem = string | null;

/** Gzip's magic bytes: an upstream (or a mirror laid out like the raw folder) may serve .gz files. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The text of a download, gunzipped when it is gzip; a corrupt or truncated gzip is a problem. */
export function decodeBody(bytes: Buffer): { text: string } | { problem: string } {
  if (!isGzip(bytes)) return { text: bytes.toString("utf8") };
  try {
    return { text: gunzipSync(bytes).toString("utf8") };
  } catch (error) {
    return { problem: `corrupt or truncated gzip (${(error as Error).message})` };
  }
}

export function parseJson(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: `truncated or invalid JSON (${(error as Error).message})` };
  }
}

/** Dates of a General Staff file (an array of records with `date`), or the problem with it. */
export function recordDates(value: unknown): { dates: string[] } | { problem: string } {
  if (!Array.isArray(value)) return { problem: "is not a JSON array of daily records" };
  const dates: string[] = [];
  for (const [i, record] of value.entries()) {
    const date = (record as { date?: unknown } | null)?.date;
    if (typeof date !== "string" || !isValidIsoDate(date))
      return { problem: `record ${i + 1} has no valid "date" (got ${JSON.stringify(date)?.slice(0, 40)})` };
    dates.push(date);
  }
  return { dates };
}

/**
 * A General Staff file (equipment, personnel or corrections): an array of records whose dates are
 * valid, strictly ascending and not after `today`; and, against the copy it would replace, no fewer
 * records and a last date no earlier (a shorter or older file means upstream moved back).
 */
export function checkCumulativeJson(text: string, previous: string | null, today: string): Problem {
  const parsed = parseJson(text);
  if ("problem" in parsed) return parsed.problem;
  const got = recordDates(parsed.value);
  if ("problem" in got) return got.problem;
  const { dates } = got;
  if (dates.length === 0) return "has no records";
  for (let i = 1; i < dates.length; i++)
    if (dates[i]! <= dates[i - 1]!)
      return `dates are not in ascending order (record ${i + 1}, ${dates[i]}, follows ${dates[i - 1]})`;
  const last = dates[dates.length - 1]!;
  if (last > today) return `its last date ${last} is after today (${today})`;
  if (previous === null) return null;
  const before = recordDates((parseJson(previous) as { value?: unknown }).value);
  if ("problem" in before || before.dates.length === 0) return null; // nothing usable to compare with
  const prevLast = before.dates[before.dates.length - 1]!;
  if (last < prevLast) return `moved back: it ends on ${last}, before the previous copy's ${prevLast}`;
  if (dates.length < before.dates.length)
    return `moved back: it has ${dates.length} records, fewer than the previous copy's ${before.dates.length}`;
  return null;
}

const ORYX_COUNTS = ["destroyed", "abandoned", "captured", "damaged", "type_total"];

/** leedrake5's data/byType/YYYY-MM-DD.csv: the header above, rows of both countries dated `day`. */
export function checkOryxDailyCsv(text: string, day: string): Problem {
  // Every published file ends with a newline: without one the download was cut inside the last row.
  if (!text.endsWith("\n")) return "truncated CSV (does not end with a line break)";
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return `truncated or invalid CSV (${(error as Error).message})`;
  }
  const [header, ...body] = rows;
  if (!header || header.join(",") !== ORYX_DAILY_COLUMNS.join(","))
    return `unexpected header ${JSON.stringify(header?.join(",") ?? "").slice(0, 80)}`;
  if (body.length === 0) return "has no rows";
  const countries = new Set<string>();
  for (const [i, row] of body.entries()) {
    const line = i + 2;
    const record = Object.fromEntries(header.map((h, j) => [h, row[j] ?? ""]));
    if (record.Date !== day) return `line ${line} is dated ${JSON.stringify(record.Date)}, not ${day}`;
    for (const column of ORYX_COUNTS)
      if (!/^\d+$/.test(record[column] ?? ""))
        return `line ${line}: ${column} is not a whole number (${JSON.stringify(record[column])})`;
    countries.add(record.country ?? "");
  }
  for (const country of ["Russia", "Ukraine"]) if (!countries.has(country)) return `has no ${country} rows`;
  return null;
}

function isPolygonal(geometry: unknown): boolean {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  return (g?.type === "Polygon" || g?.type === "MultiPolygon") && Array.isArray(g.coordinates);
}

/** NZZ's data/YYYY-MM-DD.json: {value: FeatureCollection} of nochange/gains/losses (Multi)Polygons. */
export function checkNzz(value: unknown, day: string): Problem {
  const fc = (value as { value?: { type?: unknown; features?: unknown } } | null)?.value;
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features))
    return 'is not {"value": FeatureCollection}';
  if (fc.features.length === 0) return "has no features";
  for (const [i, feature] of fc.features.entries()) {
    const props = (feature as { properties?: { type?: unknown; date?: unknown } }).properties;
    if (!["nochange", "gains", "losses"].includes(String(props?.type)))
      return `feature ${i + 1} has type ${JSON.stringify(props?.type)}, not nochange/gains/losses`;
    const date = props?.date;
    if (typeof date !== "string" || !isValidIsoDate(date))
      return `feature ${i + 1} has no valid properties.date`;
    if (date > day) return `feature ${i + 1} is dated ${date}, after the file's day ${day}`;
    if (!isPolygonal((feature as { geometry?: unknown }).geometry))
      return `feature ${i + 1} has no Polygon or MultiPolygon geometry`;
  }
  return null;
}

/** cyterat's data/deepstatemap_data_YYYYMMDD.geojson: a FeatureCollection of (Multi)Polygons. */
export function checkDeepstateOccupied(value: unknown, day: string): Problem {
  const fc = value as { type?: unknown; features?: unknown; name?: unknown } | null;
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features)) return "is not a FeatureCollection";
  if (fc.features.length === 0) return "has no features";
  const compact = day.replace(/-/g, "");
  if (typeof fc.name === "string" && /\d{8}/.test(fc.name) && !fc.name.includes(compact))
    return `is named ${JSON.stringify(fc.name)}, not the file's day ${compact}`;
  for (const [i, feature] of fc.features.entries())
    if (!isPolygonal((feature as { geometry?: unknown }).geometry))
      return `feature ${i + 1} has no Polygon or MultiPolygon geometry`;
  return null;
}
