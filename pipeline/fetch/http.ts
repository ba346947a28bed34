// GET with a timeout and retries with exponential backoff, on Node's global fetch. A 404 is an
// answer ("not published yet"), not a failure; a 5xx, 429, timeout or network error is retried;
// any other status fails at once.

export interface HttpOptions {
  retries: number;
  /** First wait in ms; then ×2 per retry. */
  backoffMs: number;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** One line per retry, e.g. to stderr. */
  log?: (line: string) => void;
  /** For tests: replaces the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

export type HttpResult =
  { status: "ok"; body: Buffer; etag: string | null } | { status: "missing" } | { status: "unchanged" };

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "HttpError";
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** Waits of each retry, in ms: backoff, 2×backoff, 4×backoff, … */
export function backoffDelays(retries: number, backoffMs: number): number[] {
  return Array.from({ length: retries }, (_, i) => backoffMs * 2 ** i);
}

/**
 * GETs `url`. With `etag`, sends If-None-Match and returns "unchanged" on a 304.
 * Throws HttpError once the retries are spent, naming the last reason.
 */
export async function httpGet(url: string, options: HttpOptions, etag?: string | null): Promise<HttpResult> {
  const delays = backoffDelays(options.retries, options.backoffMs);
  const sleep = options.sleep ?? wait;
  let lastReason = "";
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        headers: { ...options.headers, ...(etag ? { "If-None-Match": etag } : {}) },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "follow",
      });
      if (response.status === 404) {
        await response.body?.cancel();
        return { status: "missing" };
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: "unchanged" };
      }
      if (response.ok) {
        // A connection cut mid-body rejects here and is retried like any network error.
        const body = Buffer.from(await response.arrayBuffer());
        const expected = response.headers.get("content-length");
        // fetch decodes a Content-Encoding itself, so the length is only comparable without one.
        if (
          expected !== null &&
          !response.headers.get("content-encoding") &&
          Number(expected) !== body.length
        )
          throw new Error(`body cut short (${body.length} of ${expected} bytes)`);
        return { status: "ok", body, etag: response.headers.get("etag") };
      }
      await response.body?.cancel();
      lastReason = `HTTP ${response.status} ${response.statusText}`.trim();
      if (!retryable(response.status)) throw new HttpError(url, lastReason);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const e = error as Error;
      lastReason =
        e.name === "TimeoutError" ? `no answer within ${options.timeoutMs} ms` : e.message || String(error);
      if (e.cause instanceof Error && e.cause.message) lastReason += ` (${e.cause.message})`;
    }
    const delay = delays[attempt];
    if (delay === undefined)
      throw new HttpError(url, `${lastReason}, after ${attempt + 1} attempt${attempt === 0 ? "" : "s"}`);
    options.log?.(`  ${url}: ${lastReason}; retrying in ${delay} ms`);
    await sleep(delay);
  }
}
