// Fetches one public/data file and parses it with its zod schema, the app's trust boundary.
// Every failure becomes a DataLoadError whose message a reader can act on (it names the file).
import { z } from "zod/mini";
import type { CheckFailure } from "../checks/series-checks";
import { savedAtOf } from "../saved-copy";
import { noteLoadedFile, saveOfflineCopy } from "./saved-copies";

/** "check": the file parses but fails a semantic check (src/data/checks/data-checks.ts). */
export type DataLoadErrorKind = "network" | "http" | "json" | "schema" | "check";

export class DataLoadError extends Error {
  override readonly name = "DataLoadError";
  constructor(
    /** Path under the site root, e.g. "data/losses.json". */
    readonly file: string,
    readonly kind: DataLoadErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The URL of a data file, honouring the base path the app is hosted under (BASE_PATH at build). */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\/+/, "")}`;
}

/** An HTML page where a JSON file was asked for. */
function isWebPage(response: Response): boolean {
  return /^\s*text\/html\b/i.test(response.headers.get("content-type") ?? "");
}

const MAX_ISSUES = 3;

/** "generalStaff.dates[2]: expected a date as YYYY-MM-DD; … (and 4 more)" */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
      .join("");
    return `${path || "(top level)"}: ${issue.message}`;
  });
  const more = issues.length - shown.length;
  return shown.join("; ") + (more > 0 ? ` (and ${more} more)` : "");
}

/** “data/losses.json failed a check (dates in order, each day once): dates[3] repeats 2023-01-02.” */
export function checkFailedError(path: string, failure: CheckFailure): DataLoadError {
  return new DataLoadError(path, "check", `${path} failed a check (${failure.check}): ${failure.at}.`);
}

/**
 * Loads `path` (relative to the site root, e.g. "data/losses.json"), validates it with `schema`,
 * then with `check` (what a schema cannot say: order, alignment, plausible values).
 */
export async function fetchJson<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
  check?: (data: z.output<S>) => CheckFailure | null,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(
      path,
      "network",
      `${path} could not be downloaded (${error instanceof Error ? error.message : String(error)}). ` +
        `Check your connection and retry.`,
    );
  }
  if (!response.ok) {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new DataLoadError(
      path,
      "http",
      response.status === 404
        ? `${path} is missing on the server (${status}).`
        : `${path} could not be loaded: the server answered ${status}.`,
    );
  }
  // A host that answers unknown addresses with its index page (an SPA fallback) sends a missing
  // file as 200 text/html: say it is missing, not that it is broken JSON.
  if (isWebPage(response)) {
    throw new DataLoadError(
      path,
      "http",
      `${path} is missing on the server: it answered with a web page (text/html) instead of the file.`,
    );
  }
  let json: unknown;
  let text: string;
  try {
    text = await response.text();
    json = JSON.parse(text);
  } catch (error) {
    throw new DataLoadError(
      path,
      "json",
      `${path} is not valid JSON; the file may be truncated or corrupt ` +
        `(${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const savedAt = savedAtOf(response);
  noteLoadedFile(path, savedAt);
  const result = z.safeParse(schema, json);
  if (!result.success) {
    throw new DataLoadError(
      path,
      "schema",
      `${path} does not have the expected format: ${describeIssues(result.error.issues)}.`,
    );
  }
  const failure = check?.(result.data);
  if (failure) throw checkFailedError(path, failure);
  // Fresh from the network and valid: this download becomes the offline copy (no second fetch).
  if (savedAt === null) saveOfflineCopy(path, text, response.headers.get("content-type"));
  return result.data;
}

/** Query retry policy: a missing or malformed static file will not fix itself; a dropped connection may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError && error.kind !== "network") return false;
  return failureCount < 2;
}
