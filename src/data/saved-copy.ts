// What the service worker and the page agree on about saved (offline) copies of data files.

export const DATA_CACHE = "dataset";
/** Set on a data file's response when it comes from the saved copy, not the network. */
export const SAVED_AT_HEADER = "x-saved-at";

/** A copy of `response` carrying the time it was saved (ISO 8601). */
export async function stampSavedAt(response: Response, savedAt: Date): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, savedAt.toISOString());
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * The data files worth saving at install, read from manifest.json's `files` list: every file but the
 * map's per-period chunks (14 MB in all; saved one by one as the reader's map shows them).
 * Tolerant of any shape: a malformed manifest saves nothing rather than failing the install.
 */
export function coreDataFiles(manifest: unknown): string[] {
  if (typeof manifest !== "object" || manifest === null) return [];
  const files = (manifest as { files?: unknown }).files;
  if (!Array.isArray(files)) return [];
  return files
    .map((f: unknown) => (typeof f === "object" && f !== null ? (f as { path?: unknown }).path : undefined))
    .filter((p): p is string => typeof p === "string" && /^[\w./-]+\.json$/.test(p) && !p.includes(".."))
    .filter((p) => p === "map/index.json" || !p.startsWith("map/"));
}

/** The saved time of a response from the saved copy, or null when it came from the network. */
export function savedAtOf(response: Response): Date | null {
  const stamp = response.headers.get(SAVED_AT_HEADER);
  if (stamp === null) return null;
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? null : date;
}
