// Shared fixture for every end-to-end spec: a test fails if the page logs a console error, throws
// an uncaught exception, or requests anything from a host other than 127.0.0.1 (the preview server,
// or a test's own local proxy in front of it): the dashboard must work offline from its own static
// files. Foreign requests are also aborted.
import { test as base, expect, type Page } from "@playwright/test";

export const APP_HOST = `127.0.0.1:${process.env.E2E_PORT ?? 4179}`;

/** The preview server, or another local server a test starts in front of it (e2e/delaying-proxy.ts). */
function isLocal(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:";
}

interface Fixtures {
  /** Console errors a test expects (e.g. the browser's own "Failed to load resource" on a 404). */
  allowedConsoleErrors: RegExp[];
  /** Installed automatically; checks the page stayed clean once the test body has run. */
  pageGuard: void;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        if (allowedConsoleErrors.some((re) => re.test(msg.text()))) return;
        problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
      page.on("request", (request) => {
        if (!isLocal(new URL(request.url()))) problems.push(`request to a foreign host: ${request.url()}`);
      });
      await page.context().route(
        (url) => !isLocal(url),
        (route) => route.abort("blockedbyclient"),
      );
      await use();
      expect(problems, "the page must log no errors and request nothing from other hosts").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the dashboard (optionally with a query string) and waits until the range control shows. */
export async function openApp(page: Page, search = ""): Promise<void> {
  await page.goto(`/${search}`);
  await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
}

export function rangeInputs(page: Page) {
  const group = page.getByRole("group", { name: "Date range" });
  return { from: group.getByLabel("From"), to: group.getByLabel("To") };
}

/** The page's current query parameters. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
