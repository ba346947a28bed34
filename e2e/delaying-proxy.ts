// A local proxy in front of the preview server that holds chosen requests back, to test a slow
// file the way a reader meets it: the service worker's requests pass through it too (Playwright's
// page.route cannot see those). Listens on 127.0.0.1 only, on a free port.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface DelayingProxy {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** How many requests reached the proxy for `path` (e.g. "/data/oryx.json"), query string ignored. */
  hits(path: string): number;
  /** When each request for `path` arrived (epoch ms). */
  arrivals(path: string): number[];
  close(): Promise<void>;
}

/**
 * `delayMs(path)`: how long the answer to `path` takes. A delayed path is answered one request at a
 * time, each after its delay, as by a slow origin with one worker: a second request for it waits
 * for the first (so a duplicate download costs the reader the delay twice, as issue #26 found).
 */
export async function delayingProxy(
  target: { host: string; port: number },
  delayMs: (path: string) => number,
): Promise<DelayingProxy> {
  const counts = new Map<string, number[]>();
  const queues = new Map<string, Promise<void>>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    counts.set(path, [...(counts.get(path) ?? []), Date.now()]);
    const delay = delayMs(path);
    const forward = () =>
      new Promise<void>((done) => {
        res.on("close", () => done());
        setTimeout(() => {
          const upstream = http.request(
            {
              host: target.host,
              port: target.port,
              path: req.url,
              method: req.method,
              headers: { ...req.headers, host: `${target.host}:${target.port}` },
            },
            (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            },
          );
          upstream.on("error", () => res.destroy());
          req.pipe(upstream);
        }, delay);
      });
    if (delay === 0) void forward();
    else queues.set(path, (queues.get(path) ?? Promise.resolve()).then(forward));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (path) => counts.get(path)?.length ?? 0,
    arrivals: (path) => counts.get(path) ?? [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
