// A Vite plugin: `vite build` (so `npm run build`, `npm start`, the e2e tests and the benchmark)
// bakes the default view into index.html. It builds src/app/prerender.tsx for Node (a second,
// SSR build of the same modules), renders the App from the committed public/data files, and
// writes the markup, the view's title and its link-preview tags into the page before the service
// worker's precache list is made from it (generateBundle runs before VitePWA's closeBundle).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type ResolvedConfig } from "vite";
import { bakeIntoHtml, extractInlineStyles, numberFormats, type BakedView } from "./bake-html.ts";
import {
  chartFrameOf,
  firstChartOf,
  lightColors,
  linkPreviewSvg,
  PREVIEW,
  type PreviewChart,
} from "./link-preview.ts";
import { absoluteUrl, describeSection, frameTextsOf, sharePageFile, sharePageHtml } from "./share-page.ts";
import { woffToSfnt } from "../../e2e/woff-to-sfnt.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = path.join(PROJECT_ROOT, "src/app/prerender.tsx");
const CACHE = path.join(PROJECT_ROOT, "node_modules/.cache/prerender");

interface PrerenderModule {
  prerenderDefaultView(): Promise<{ html: string; meta: { title: string; description: string } }>;
  prerenderSections(): Promise<
    { id: string; title: string; figure?: string; headline?: string; standsIn?: string; html: string }[]
  >;
}

/** Builds the prerender entry for Node, into node_modules/.cache (not part of the site). */
async function buildEntry(config: ResolvedConfig): Promise<string> {
  const outDir = path.join(CACHE, "entry");
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

/** Inter (the page's font) as TrueType files for resvg, which reads no WOFF. */
async function interFontFiles(): Promise<string[]> {
  const dir = path.join(CACHE, "fonts");
  await mkdir(dir, { recursive: true });
  return Promise.all(
    [400, 700].map(async (weight) => {
      const woff = path.join(
        PROJECT_ROOT,
        `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`,
      );
      const ttf = path.join(dir, `inter-${weight}.ttf`);
      await writeFile(ttf, woffToSfnt(await readFile(woff)));
      return ttf;
    }),
  );
}

/** The link preview's PNG of a chart frame of the prebuilt markup (link-preview.ts). */
async function linkPreviewPng(chart: PreviewChart, title: string): Promise<{ png: Buffer; alt: string }> {
  const css = (
    await Promise.all(
      ["src/styles/colors.css", "src/index.css"].map((f) => readFile(path.join(PROJECT_ROOT, f), "utf8")),
    )
  ).join("\n");
  const svg = linkPreviewSvg(chart, title, lightColors(css));
  const fontFiles = await interFontFiles();
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: PREVIEW.width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Inter" },
  })
    .render()
    .asPng();
  const alt = `${chart.title} (${chart.subtitle})`.replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
  return { png, alt };
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

/** The site's name, as the page's h1 says it. */
const SITE_TITLE = "Russia–Ukraine war in data";

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
        const emit = (name: string, source: string | Uint8Array) =>
          `${config.base}${this.getFileName(this.emitFile({ type: "asset", name, source }))}`;
        const { markup, css } = extractInlineStyles(view.html);
        const preview = await linkPreviewPng(firstChartOf(view.html), SITE_TITLE);
        const baked: BakedView = {
          html: markup,
          ...view.meta,
          stylesheet: css ? emit("prerender.css", css) : undefined,
          numbers: numberFormats(),
          // Inter regular and bold (src/app/main.tsx), as Vite named them.
          fonts: Object.keys(bundle)
            .filter((f) => /inter-latin-(400|700)-normal-[\w-]+\.woff2$/.test(f))
            .sort()
            .map((f) => `${config.base}${f}`),
          image: {
            url: absoluteUrl(emit("link-preview.png", preview.png), process.env.SITE_URL),
            ...PREVIEW,
            alt: preview.alt,
          },
        };
        page.source = bakeIntoHtml(String(page.source), baked);
        config.logger.info(
          `prerendered the default view into index.html (${Math.round(view.html.length / 1024)} kB, ` +
            `${Math.round(performance.now() - started)} ms)`,
        );
        const sharesStarted = performance.now();
        let pngBytes = 0;
        // One share page per section, each with its own picture (share-page.ts).
        for (const section of await mod.prerenderSections()) {
          const chart = chartFrameOf(section.html, section.figure);
          const { png, alt } = await linkPreviewPng(chart, SITE_TITLE);
          pngBytes += png.length;
          const meta = describeSection(
            section.title,
            frameTextsOf(section.html),
            SITE_TITLE,
            section.headline,
          );
          this.emitFile({
            type: "asset",
            fileName: sharePageFile(section.id),
            source: sharePageHtml({
              id: section.id,
              base: config.base,
              siteUrl: process.env.SITE_URL,
              section: section.title,
              site: SITE_TITLE,
              ...meta,
              image: {
                url: emit(`share-${section.id}.png`, png),
                ...PREVIEW,
                alt: section.standsIn ? `${alt}; ${section.standsIn}` : alt,
              },
            }),
          });
        }
        config.logger.info(
          `baked the share pages (${Math.round(pngBytes / 1024)} kB of pictures, ` +
            `${Math.round(performance.now() - sharesStarted)} ms)`,
        );
      } finally {
        globalThis.fetch = realFetch;
      }
    },
  };
}
