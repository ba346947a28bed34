// CSV of exactly what a chart plots (RFC 4180: comma-separated, CRLF, fields quoted when needed),
// preceded by "#" comment lines naming the sources, their licences and the permalink, so a file
// that travels alone still says where its numbers come from. pandas reads it with comment="#".

export type CsvCell = string | number | null | undefined;

/** What a chart hands to ChartFrame for its CSV: the plotted series for the current view. */
export interface ExportData {
  /** Names the file, e.g. "tank-losses-general-staff" (see file-name.ts). */
  fileStem: string;
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** The days the rows cover, for the file name; defaults to the page's range. */
  range?: { from: string; to: string };
}

export interface CsvSource {
  name: string;
  url: string;
  licence?: string;
}

export interface CsvMeta {
  title: string;
  subtitle?: string;
  sources: readonly CsvSource[];
  permalink: string;
  /** The day the file was made (YYYY-MM-DD). */
  accessed: string;
  /** Extra caveats, one per line. */
  notes?: readonly string[];
}

/** One field: empty for a missing value, numbers unformatted (no grouping), text quoted if needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A comment line: line breaks inside a value would start an unmarked line, so they become spaces. */
function comment(text: string): string {
  return `# ${text.replace(/\s*[\r\n]+\s*/g, " ")}`;
}

export function buildCsv(data: Pick<ExportData, "columns" | "rows">, meta: CsvMeta): string {
  const lines = [comment(meta.title)];
  if (meta.subtitle) lines.push(comment(meta.subtitle));
  for (const s of meta.sources) {
    lines.push(comment(`Source: ${s.name}, ${s.url}${s.licence ? ` (licence: ${s.licence})` : ""}`));
  }
  for (const note of meta.notes ?? []) lines.push(comment(note));
  lines.push(comment(`Permalink: ${meta.permalink}`));
  lines.push(comment(`Downloaded: ${meta.accessed}`));
  lines.push(data.columns.map(csvField).join(","));
  for (const row of data.rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
