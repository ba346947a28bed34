// A Vite plugin: `vite build` (so `npm run build`, `npm start`, the e2e tests and the benchmark)
// bakes the default view into index.html. It builds src/app/prerender.tsx for Node (a second,
// SSR build of the same modules), renders the App from the committed public/data files, and
// writes the markup, the view's title and its link-preview tags into the page before the service
// worker's precache list is made from it (generateBundle runs before VitePWA's closeBundle).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type ResolvedConfig } from "vite";
import { bakeIntoHtml, extractInlineStyles, numberSample } from "./bake-html.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = path.join(PROJECT_ROOT, "src/app/prerender.tsx");

interface PrerenderModule {
  prerenderDefaultView(): Promise<{ html: string; meta: { title: string; description: string } }>;
}

/** Builds the prerender entry for Node, into node_modules/.cache (not part of the site). */
async function buildEntry(config: ResolvedConfig): Promise<string> {
  const outDir = path.join(PROJECT_ROOT, "node_modules/.cache/prerender");
  await build({
    configFile: false,
    root: PROJECT_ROOT,
    base: config.base,
    mode: config.mode,
    define: config.define,
    plugins: [react()],
    publicDir: false,
    logLevel: "warn",
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: "prerender.mjs" } },
    },
  });
  return path.join(outDir, "prerender.mjs");
}

/** `fetch` answered from `dataDir` for URLs under `${base}data/`: the data files the page loads. */
function fetchFromDisk(base: string, dataDir: string): typeof fetch {
  const prefix = `${base.replace(/\/?$/, "/")}data/`;
  return async (input) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) throw new Error(`prerender: the page asked for ${url}, not a data file`);
    const body = await readFile(path.join(dataDir, decodeURIComponent(url.slice(prefix.length))), "utf8");
    return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
  };
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "prerender-default-view",
    apply: (_config, env) => env.command === "build" && !env.isSsrBuild,
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const page = bundle["index.html"];
      // Only the app's own page (the benchmark's floor page is built with this config too).
      if (config.root !== PROJECT_ROOT || process.env.NO_PRERENDER === "1" || page?.type !== "asset") return;
      const started = performance.now();
      const entry = await buildEntry(config);
      const realFetch = globalThis.fetch;
      globalThis.fetch = fetchFromDisk(config.base, path.join(config.publicDir, "data"));
      try {
        const mod = (await import(`${pathToFileURL(entry).href}?t=${Date.now()}`)) as PrerenderModule;
        const view = await mod.prerenderDefaultView();
        const { markup, css } = extractInlineStyles(view.html);
        const stylesheet = css
          ? `${config.base}${this.getFileName(this.emitFile({ type: "asset", name: "prerender.css", source: css }))}`
          : undefined;
        page.source = bakeIntoHtml(String(page.source), {
          html: markup,
          ...view.meta,
          stylesheet,
          numbers: numberSample(),
        });
        config.logger.info(
          `prerendered the default view into index.html (${Math.round(view.html.length / 1024)} kB, ` +
            `${Math.round(performance.now() - started)} ms)`,
        );
      } finally {
        globalThis.fetch = realFetch;
      }
    },
  };
}
