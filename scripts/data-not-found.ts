// A Vite plugin: a request under <base>data/ for a file that does not exist answers 404, in
// `vite preview` and `vite dev` alike. Without it both fall back to index.html (200 text/html), which
// the page reported as "not valid JSON… may be truncated" and the service worker could have saved
// as the file's offline copy. README's nginx snippet does the same (`location /data/`).
import { existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Connect, Plugin } from "vite";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** The middleware: `dataDir` is the folder served at `${base}data/`. */
export function dataNotFound(base: string, dataDir: string): Connect.NextHandleFunction {
  const prefix = `${base.replace(/\/?$/, "/")}data/`;
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const pathname = (req.url ?? "").split(/[?#]/)[0]!;
    if (!pathname.startsWith(prefix)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      relative = "\0"; // not a path any file has
    }
    const file = path.resolve(dataDir, relative);
    const inside = file.startsWith(dataDir + path.sep);
    if (inside && existsSync(file) && statSync(file).isFile()) return next();
    res.statusCode = 404;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache");
    res.end(`Not found: ${pathname}\n`);
  };
}

export function dataNotFoundPlugin(): Plugin {
  return {
    name: "data-not-found",
    // Added before Vite's own middlewares (static files, then the SPA fallback).
    configurePreviewServer(server) {
      const { root, base, build } = server.config;
      server.middlewares.use(dataNotFound(base, path.resolve(root, build.outDir, "data")));
    },
    configureServer(server) {
      const { base, publicDir } = server.config;
      if (publicDir) server.middlewares.use(dataNotFound(base, path.resolve(publicDir, "data")));
    },
  };
}
