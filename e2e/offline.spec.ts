// Offline and slow networks: a second visit works without a network and says how old its data is;
// online, the network's dataset wins; on a slow connection the KPI strip comes before the map's data.
import type { Page } from "@playwright/test";
import { delayingProxy } from "./delaying-proxy";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { APP_HOST, expect, openApp, rangeInputs, test } from "./helpers";

test.use({ serviceWorkers: "allow" });

const tanksTotal = (page: Page) =>
  page.locator("#losses").getByRole("article", { name: "Tanks" }).locator('[data-kpi="total"]');
/** The map legend's areas in km², computed once the map's front-line data arrived. */
const mapLegendValues = (page: Page) => page.locator(".map-legend .map-legend__value");

interface ChunkRef {
  source: string;
  file: string;
  from: string;
  /** "asPublished" for NZZ's as-published copy; absent for the default (like for like). */
  definition?: string;
  to: string;
}
const mapIndex = JSON.parse(readFileSync(resolve("dist/data/map/index.json"), "utf8")) as {
  chunks: ChunkRef[];
};
/** The map chunk of `source` that holds `day` (path under data/). */
/** The source's default chunk holding `day`, or its last one when the day is past its data (the
 *  default range ends on the newest day of any source; the map shows each source's last map then). */
const chunkOn = (source: string, day: string) => {
  const own = mapIndex.chunks.filter((c) => c.source === source && !c.definition);
  return own.find((c) => c.from <= day && day <= c.to) ?? (day > own.at(-1)!.to ? own.at(-1)! : own[0]!);
};
const dayRange = (from: string, to: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));

/** Waits until the service worker controls the page and has saved the dataset. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
  });
}

/** When the saved copy of a data file was made, read from the worker's cache (null: not saved). */
function savedAt(page: Page, file: string): Promise<string | null> {
  return page.evaluate(async (path) => {
    const response = await caches.match(new URL(`data/${path}`, document.baseURI).href);
    return response?.headers.get("x-saved-at") ?? null;
  }, file);
}

test("a second visit works offline, with the same figures, and says how old they are", async ({
  page,
  context,
}) => {
  await openApp(page);
  const total = await tanksTotal(page).textContent();
  expect(total).toMatch(/\d/);
  await waitForServiceWorker(page);
  expect(await savedAt(page, "losses.json")).not.toBeNull();
  // Show the map once online, so its data is saved too.
  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(mapLegendValues(page).first()).toHaveText(/km²/, { timeout: 30_000 });
  const legend = await mapLegendValues(page).allInnerTexts();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia–Ukraine war in data");
  await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toContainText(
    /saved on your last visit, on \d{1,2} \w{3} \d{4} at \d{2}:\d{2}/,
  );
  await expect(tanksTotal(page)).toHaveText(total!);
  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(mapLegendValues(page).first()).toHaveText(/km²/, { timeout: 30_000 });
  expect(await mapLegendValues(page).allInnerTexts()).toEqual(legend);
  await context.setOffline(false);
});

test("online, the next visit takes the dataset from the network and saves it anew", async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  const first = await savedAt(page, "losses.json");
  expect(first).not.toBeNull();
  await page.reload();
  await expect(tanksTotal(page)).toHaveText(/\d/);
  // No "saved copy" notice: the figures came from the network…
  await expect(page.getByText("saved on your last visit")).toHaveCount(0);
  // …and the saved copy was replaced by the one just downloaded.
  await expect.poll(() => savedAt(page, "losses.json")).not.toBe(first);
});

test("on a slow connection the KPI strip shows before any map data arrives", async ({ page, context }) => {
  test.setTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // Chrome DevTools' "Slow 3G": 400 ms round trip, 400 kbit/s down.
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  const mapDataLoaded: string[] = [];
  page.on("requestfinished", (request) => {
    if (/\/data\/map\//.test(request.url())) mapDataLoaded.push(request.url());
  });
  await page.goto("/", { timeout: 150_000 });
  await expect(tanksTotal(page)).toHaveText(/\d/, { timeout: 150_000 });
  expect(mapDataLoaded, "the map's data must not hold up the KPI strip").toEqual([]);
});

test("a slow file on a first visit takes its own delay, not twice: one fetch for page and worker", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // basemap.json (the map's outline, loaded when the reader scrolls to the map) answers after
  // DELAY_MS, one request at a time; everything else at once.
  const DELAY_MS = Number(process.env.SLOW_FILE_DELAY_MS ?? 10_000);
  const SLOW = "/data/basemap.json";
  const [host, port] = APP_HOST.split(":") as [string, string];
  const proxy = await delayingProxy({ host, port: Number(port) }, (path) => (path === SLOW ? DELAY_MS : 0));
  try {
    const start = Date.now();
    await page.goto(`${proxy.url}/`);
    await expect(tanksTotal(page)).toHaveText(/\d/);
    // The worker is on its way (registered once the page is idle), as on any first visit…
    await page.evaluate(async () => {
      while (!(await navigator.serviceWorker.getRegistration())) await new Promise((r) => setTimeout(r, 50));
    });
    await page.waitForTimeout(500);
    // …when the reader scrolls down to the map.
    const asked = Date.now();
    await page.locator("#map").scrollIntoViewIfNeeded();
    await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 120_000 });
    const shown = Date.now();
    const firstAsked = proxy.arrivals(SLOW)[0]!;
    console.log(
      `slow file (${DELAY_MS} ms): the map showed ${shown - firstAsked} ms after the first request for it ` +
        `reached the server, ${shown - asked} ms after the reader scrolled to it, ${shown - start} ms after ` +
        `navigation; ${proxy.hits(SLOW)} request(s) for it`,
    );
    expect(proxy.hits(SLOW), "the page and the worker must share one download").toBe(1);
    // The delay once, plus the map's own few seconds of drawing on a busy machine; twice the delay
    // when the page's download waited behind the worker's.
    expect(shown - firstAsked).toBeLessThan(DELAY_MS * 1.6);
    // …and the copy saved for offline use is that one download.
    await waitForServiceWorker(page);
    await expect.poll(() => savedAt(page, "basemap.json"), { timeout: 30_000 }).not.toBeNull();
    expect(proxy.hits(SLOW)).toBe(1);
  } finally {
    await proxy.close();
  }
});

test.describe("offline, with a day not saved", () => {
  // Chromium logs each request the worker cannot answer offline (the chunk not saved, its retries).
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test("offline, the map shows the default range saved after a first visit that never showed it, and says which days are not saved", async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    // A first visit that stops at the top of the page: the map's section is never shown.
    await openApp(page);
    const from = await rangeInputs(page).from.inputValue();
    const to = await rangeInputs(page).to.inputValue();
    await waitForServiceWorker(page);
    // In idle time the worker saves the map's chunks for the default range, of both sources.
    for (const source of ["deepstate", "nzz"])
      for (const day of [from, to])
        await expect.poll(() => savedAt(page, chunkOn(source, day).file), { timeout: 90_000 }).not.toBeNull();

    await context.setOffline(true);
    await page.reload();
    const map = page.locator("#map");
    await map.scrollIntoViewIfNeeded();
    await expect(mapLegendValues(page).first()).toHaveText(/km²/, { timeout: 60_000 });
    // The range's first day, in a sector preset, and the other source: all saved.
    const slider = page.getByRole("slider", { name: /Day shown/ });
    await slider.press("Home");
    await map.getByRole("radio", { name: "Bakhmut" }).check();
    await map.getByRole("radio", { name: "NZZ / liveuamap" }).check();
    await expect(page.getByTestId("map-day")).toHaveText(dayRange(from, from));
    await expect(mapLegendValues(page).first()).toHaveText(/km²/, { timeout: 60_000 });
    await expect(map.getByRole("alert")).toHaveCount(0);

    // A quarter two years back was never shown nor saved: the map says so, and which days it has.
    const twoYearsBack = `${Number(to.slice(0, 4)) - 2}${to.slice(4)}`;
    const gap = chunkOn("deepstate", twoYearsBack);
    // From the quarter's second day: the change counts from the day before the range, in the same quarter.
    const secondDay = new Date(Date.parse(`${gap.from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await page.goto(`/?from=${secondDay}&to=${gap.to}#map`);
    await map.scrollIntoViewIfNeeded();
    const notice = map.getByRole("status").filter({ hasText: "You are offline, and the front line" });
    await expect(notice).toContainText(
      `You are offline, and the front line for ${dayRange(gap.from, gap.to)} (DeepState)`,
      { timeout: 60_000 },
    );
    await expect(notice).toContainText(
      "was not saved on your last visit. It will load when the connection returns.",
    );
    const saved = chunkOn("deepstate", to);
    await expect(notice).toContainText(/Saved for offline use: DeepState: .+; NZZ \/ liveuamap: /);
    await expect(notice).toContainText(dayRange(chunkOn("deepstate", from).from, saved.to));
    await expect(map.getByRole("alert")).toHaveCount(0);
    await page.screenshot({ path: "test-results/offline-map-notice.png" });
    await context.setOffline(false);
  });
});
