/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { SECURITY_HEADERS } from "./scripts/security-headers.ts";
import { dataNotFoundPlugin } from "./scripts/data-not-found.ts";
import { prerenderPlugin } from "./scripts/prerender/plugin.ts";

// BASE_PATH lets the static build be hosted under a sub-path (e.g. /war-data/).
const base = process.env.BASE_PATH ?? "/";
// The site's build day, shown in the header beside each source's last day; BUILD_DATE=YYYY-MM-DD
// pins it (reproducible builds, tests), else the build machine's UTC day.
const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate))
  throw new Error(`BUILD_DATE must be YYYY-MM-DD, got ${buildDate}`);

export default defineConfig({
  base,
  define: { __BUILD_DATE__: JSON.stringify(buildDate) },
  plugins: [
    react(),
    // A missing data file is a 404, never the SPA fallback's index.html.
    dataNotFoundPlugin(),
    // The default view, rendered into index.html at build time (first paint shows the chart).
    prerenderPlugin(),
    // The service worker (src/offline/sw.ts) precaches the app's files; data files are cached as
    // they load (network-first). Registered by src/offline/register.ts, not by an inline script (CSP).
    VitePWA({
      // The bench's floor page is built with this config and has no service worker.
      disable: process.env.NO_SERVICE_WORKER === "1",
      strategies: "injectManifest",
      srcDir: "src/offline",
      filename: "sw.ts",
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // One classic script, as register.ts loads it. ("es" builds it with Rollup's
        // inlineDynamicImports, which Vite 8 warns about on every build.)
        rollupFormat: "iife",
        globPatterns: ["**/*.{js,css,html,woff2}"],
        // Data is cached by the worker at run time (network-first), not precached.
        globIgnores: ["data/**", "sw.js"],
      },
    }),
  ],
  build: { sourcemap: true, chunkSizeWarningLimit: 800 },
  // The production build is served with a strict CSP (the dev server is not: React's refresh is inline).
  // open: false: `vite preview --open=false` would read "false" as a path and spawn xdg-open on it.
  preview: { port: 4173, strictPort: false, open: false, headers: SECURITY_HEADERS },
  test: {
    globals: true,
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "pipeline/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
    globalSetup: ["./pipeline/vitest-global-setup.ts"],
    testTimeout: 120_000,
  },
});
