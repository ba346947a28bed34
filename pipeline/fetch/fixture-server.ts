// A local stand-in for the upstreams in fetch tests: a node:http server on 127.0.0.1 (ephemeral port)
// serving small made-up files in each upstream's layout, with per-path answers (a status, a sequence
// such as 500 then 200, a body cut short), ETags, a GitHub-like commits API, and a log of every request.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_CONFIG, mergeConfig, SOURCE_IDS, type FetchConfig, type SourceId } from "./config";

export type Answer =
  | { body: string | Buffer }
  | { status: number }
  /** Sends the first `bytes` of `cut` with a Content-Length of the whole, then closes the connection. */
  | { cut: string | Buffer; bytes: number };
/** An answer, or one answer per request in order (the last one repeats). */
export type Route = Answer | { sequence: Answer[] };

/** URL prefix of each source on the fixture server (its "repository"). */
export const PREFIX: Record<SourceId, string> = {
  "general-staff": "gs",
  "oryx-daily": "oryx",
  nzz: "nzz",
  "deepstate-occupied": "ds",
};

export interface FixtureServer {
  url: string;
  /** "GET /gs/HEAD/data/x.json 200", one per request, in arrival order. */
  log: string[];
  /** Paths like "gs/data/russia_losses_equipment.json" (the ref left out) → answer. */
  routes: Map<string, Route>;
  /** Commit the API reports for a prefix (files are served at it and at HEAD). */
  commits: Map<string, string>;
  /** A fetch config whose every source points here, with fast retries. */
  config(overrides?: { githubApi?: boolean; start?: string }): FetchConfig;
  close(): Promise<void>;
}

const etagOf = (body: Buffer) => `"${createHash("sha1").update(body).digest("hex")}"`;

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const commits = new Map<string, string>();
  const served = new Map<string, number>();
  const log: string[] = [];
  const server: Server = createServer((req, res): void => {
    const url = req.url ?? "/";
    const done = (status: number) => void log.push(`${req.method} ${url} ${status}`);
    const api = /^\/api\/repos\/([^/]+)\/([^/]+)\/commits\/HEAD$/.exec(url);
    if (api) {
      const sha = commits.get(api[2]!);
      res.writeHead(sha ? 200 : 404, { "content-type": "application/json" });
      res.end(sha ? JSON.stringify({ sha }) : '{"message":"Not Found"}');
      return done(sha ? 200 : 404);
    }
    const m = /^\/([^/]+)\/([^/]+)\/(.+)$/.exec(url);
    const key = m && (m[2] === "HEAD" || m[2] === commits.get(m[1]!)) ? `${m[1]}/${m[3]}` : null;
    const listed = key ? routes.get(key) : undefined;
    let route: Answer | undefined = listed && "sequence" in listed ? undefined : listed;
    if (listed && "sequence" in listed) {
      const n = served.get(key!) ?? 0;
      served.set(key!, n + 1);
      route = listed.sequence[Math.min(n, listed.sequence.length - 1)];
    }
    if (!route || "status" in route) {
      const status = route && "status" in route ? route.status : 404;
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 404 ? "404: Not Found" : "server error");
      return done(status);
    }
    if ("cut" in route) {
      const body = Buffer.from(route.cut);
      res.writeHead(200, { "content-length": String(body.length) });
      res.write(body.subarray(0, route.bytes));
      done(200);
      res.socket?.destroy();
      return;
    }
    const body = Buffer.from(route.body);
    const etag = etagOf(body);
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return done(304);
    }
    res.writeHead(200, { etag, "content-length": String(body.length) });
    res.end(body);
    done(200);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    log,
    routes,
    commits,
    config: ({ githubApi = false, start } = {}) =>
      mergeConfig(DEFAULT_CONFIG, {
        sources: Object.fromEntries(
          SOURCE_IDS.map((id) => [
            id,
            { base: `${url}/${PREFIX[id]}`, repo: `fixture/${PREFIX[id]}`, ...(start ? { start } : {}) },
          ]),
        ),
        githubApi: githubApi ? `${url}/api` : null,
        retries: 2,
        backoffMs: 1,
        timeoutMs: 5000,
        concurrency: 2,
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
