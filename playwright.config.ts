import { defineConfig } from "@playwright/test";
// @ts-expect-error: plain ES module without type declarations
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium.mjs";

// E2E_PORT lets several checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  // Generous waits for slow machines; nothing here measures speed (that is `npm run bench`).
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // The service worker would answer requests that tests reroute (page.route cannot see through it);
    // offline.spec.ts turns it on for itself.
    serviceWorkers: "block",
    launchOptions: { executablePath: findChromium() as string | undefined, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 900 } } }],
  // Tests run against the production build (npm run build), served statically.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
