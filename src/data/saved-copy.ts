// What the service worker and the page agree on about saved (offline) copies of data files.

export const DATA_CACHE = "dataset";
/** Set on a data file's response when it comes from the saved copy, not the network. */
export const SAVED_AT_HEADER = "x-saved-at";

/** What the page posts to the service worker: save these files (paths under data/) for offline use. */
export const SAVE_FOR_OFFLINE = "save-for-offline";
export interface SaveForOfflineMessage {
  type: typeof SAVE_FOR_OFFLINE;
  paths: string[];
}

export function isSaveForOfflineMessage(data: unknown): data is SaveForOfflineMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, paths } = data as { type?: unknown; paths?: unknown };
  return type === SAVE_FOR_OFFLINE && Array.isArray(paths) && paths.every(isDataPath);
}

/** A plain path under data/ ("losses.json", "map/nzz-2023-04-01.json"): no "..", no scheme. */
export function isDataPath(path: unknown): path is string {
  return typeof path === "string" && /^[\w./-]+\.json$/.test(path) && !path.includes("..");
}

/**
 * The offline copy of a data file with `body`, stamped with the time it was saved, or null when the
 * answer is not worth keeping: anything but a 200 JSON answer that parses (a 404, the web page a
 * host sends for a missing file, a truncated file). The page saves only what passed its schema and
 * checks as well; the worker, which has no schemas, checks this much.
 */
export function savedCopy(
  answer: { status: number; contentType: string | null; body: string | ArrayBuffer },
  savedAt: Date,
): Response | null {
  if (answer.status !== 200 || !/\bjson\b/i.test(answer.contentType ?? "")) return null;
  try {
    JSON.parse(typeof answer.body === "string" ? answer.body : new TextDecoder().decode(answer.body));
  } catch {
    return null;
  }
  return new Response(answer.body, {
    status: 200,
    headers: { "Content-Type": answer.contentType!, [SAVED_AT_HEADER]: savedAt.toISOString() },
  });
}

/**
 * The data files every view needs offline, read from manifest.json's `files` list: every file but the
 * map's per-period chunks (those are planned by src/offline/offline-plan.ts, within a budget).
 * Tolerant of any shape: a malformed manifest saves nothing.
 */
export function coreDataFiles(manifest: unknown): string[] {
  if (typeof manifest !== "object" || manifest === null) return [];
  const files = (manifest as { files?: unknown }).files;
  if (!Array.isArray(files)) return [];
  return files
    .map((f: unknown) => (typeof f === "object" && f !== null ? (f as { path?: unknown }).path : undefined))
    .filter(isDataPath)
    .filter((p) => p === "map/index.json" || !p.startsWith("map/"));
}

/** The saved time of a response from the saved copy, or null when it came from the network. */
export function savedAtOf(response: Response): Date | null {
  const stamp = response.headers.get(SAVED_AT_HEADER);
  if (stamp === null) return null;
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? null : date;
}
