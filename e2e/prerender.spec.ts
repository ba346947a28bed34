// The default view is in index.html before any script runs (scripts/prerender/plugin.ts): a
// reader sees the real chart at first paint, and with scripts off still has the chart, its data
// table and the sources. With scripts the page takes over that markup without a visible change,
// and a link to another view never shows the default one first.
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";
import type { Browser, Page } from "@playwright/test";
import { PRERENDER_CHART_WIDTH } from "../src/components/prerender-width";
import { expect, test } from "./helpers";

interface LossesFile {
  generalStaff: { dates: string[]; cumulative: { personnel: (number | null)[] } };
}

const DESKTOP = { width: 1440, height: 900 };

/** Resolves once the page has hydrated: the chart marks itself settled after its first commit. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    performance.getEntriesByType("mark").some((m) => m.name.startsWith("settled:losses-")),
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The page from the header to the bottom of the first chart and its KPI cards. */
async function firstView(page: Page): Promise<PNG> {
  const bottom = await page.locator(".losses-top").evaluate((el) => el.getBoundingClientRect().bottom);
  const clip = { x: 0, y: 0, width: DESKTOP.width, height: Math.min(DESKTOP.height, Math.ceil(bottom)) };
  return PNG.sync.read(await page.screenshot({ clip, animations: "disabled", caret: "hide" }));
}

async function withoutScripts(browser: Browser, colorScheme: "light" | "dark") {
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false, colorScheme });
  const page = await context.newPage();
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { context, page };
}

test("the served index.html already holds the chart's SVG and the latest figures", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const losses = (await (await request.get("/data/losses.json")).json()) as LossesFile;
  const { dates, cumulative } = losses.generalStaff;
  const lastTotal = cumulative.personnel.at(-1);
  expect(lastTotal).toEqual(expect.any(Number));
  // The chart itself, drawn: its surface and a line through the data.
  expect(html).toMatch(/<svg class="losses-surface"[^>]*>.*?<path d="M[\d.]+,[\d.]+L/s);
  // The personnel KPI's total on the General Staff's last day, as the data file has it.
  expect(html).toContain(`>${(lastTotal as number).toLocaleString("en-US")} people<`);
  expect(html).toMatch(new RegExp(`datetime="${dates.at(-1)}"`, "i"));
  // No inline style (the Content-Security-Policy forbids them): they are in a stylesheet.
  const root = html.slice(html.indexOf('<div id="root"'));
  expect(root).not.toMatch(/ style="/);
});

test("the default title in index.html is the one the hydrated page shows, with no mismatch", async ({
  page,
  request,
}) => {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(m.text());
  });
  const html = await (await request.get("/")).text();
  await page.setViewportSize(DESKTOP);
  await page.goto("/");
  await hydrated(page);
  const title = page.locator("#losses-personnel .chart-frame__title");
  const text = await title.textContent();
  expect(text).toMatch(/^Ukraine's General Staff: Russia lost [\d,]+ people/);
  expect(html).toContain(`>${(text as string).replace(/'/g, "&#x27;")}</h3>`);
  // The page keeps working: a preset redraws the chart.
  await page.getByRole("button", { name: "All" }).click();
  await expect(title).not.toHaveText(text as string);
  expect(messages.filter((m) => /hydrat|did not match|#418|#423|#425/i.test(m))).toEqual([]);
});

test("the baked chart is drawn at the width a wide screen gives it", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/");
  await hydrated(page);
  const widths = await page.locator(".losses-chart").evaluateAll((els) => els.map((el) => el.clientWidth));
  expect(widths).toEqual(widths.map(() => PRERENDER_CHART_WIDTH));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the default view is pixel-equal without scripts and once hydrated (${colorScheme})`, async ({
    browser,
    page,
  }) => {
    const baked = await withoutScripts(browser, colorScheme);
    const before = await firstView(baked.page);
    await baked.context.close();

    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    await hydrated(page);
    const after = await firstView(page);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    const differing = pixelmatch(before.data, after.data, undefined, before.width, before.height, {
      threshold: 0,
    });
    expect(differing).toBe(0);
  });
}

test("without scripts the chart, its data table and the sources can be read", async ({ browser }) => {
  const { context, page } = await withoutScripts(browser, "light");
  const chart = page.locator("#losses-personnel");
  await expect(chart.locator("svg.losses-surface path").first()).toBeVisible();
  await chart.getByText("Data table").click();
  const table = chart.getByRole("table");
  await expect(table).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(1);
  const sources = page.locator("#sources");
  await expect(sources.getByRole("link", { name: /General Staff/ }).first()).toBeVisible();
  await context.close();
});

test("a link with its own range never shows the default view, not even for a frame", async ({ page }) => {
  // Every frame from the first: is the prebuilt default view on screen?
  await page.addInitScript(() => {
    const seen: boolean[] = [];
    (window as unknown as { __defaultShown: boolean[] }).__defaultShown = seen;
    const check = () => {
      const root = document.getElementById("root");
      if (root) seen.push(root.hasAttribute("data-prerendered") && root.getBoundingClientRect().height > 0);
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.setViewportSize(DESKTOP);
  await page.goto("/?from=2023-06-04&to=2023-11-30");
  await expect(page.locator("#losses-personnel .chart-frame__subtitle")).toContainText("4 Jun – 30 Nov 2023");
  const shown = await page.evaluate(
    () => (window as unknown as { __defaultShown: boolean[] }).__defaultShown,
  );
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter(Boolean)).toEqual([]);
});

test("a browser in German never sees the build's digits: the page renders in its own", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP, locale: "de-DE" });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(m.text());
  });
  await page.goto("/");
  // page-init.js hid the prebuilt view before the first paint (the tag is not among the build's).
  expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe("linked");
  await hydrated(page);
  const kpi = page.locator("#losses-personnel .chart-frame__title");
  // German groups thousands with a point: "… 336.100 …", never the build's "336,100".
  await expect(kpi).toHaveText(/^Ukraine's General Staff: Russia lost \d{1,3}(\.\d{3})+ people/);
  expect(messages.filter((m) => /hydrat|did not match|#418|#423|#425/i.test(m))).toEqual([]);
  await context.close();
});

test("a shared link previews the default view: its title, description and a picture of the chart", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/")).text();
  const meta = (property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
  const image = meta("og:image");
  expect(image).toMatch(/^\/assets\/link-preview-[\w-]+\.png$/);
  const png = await request.get(image as string);
  expect(png.headers()["content-type"]).toBe("image/png");
  const picture = PNG.sync.read(await png.body());
  expect([picture.width, picture.height]).toEqual([1200, 630]);
  expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);

  // The title and description name the range the page opens on, as the page itself says it.
  await page.goto("/");
  await hydrated(page);
  const subtitle = (await page.locator("#losses-personnel .chart-frame__subtitle").textContent()) ?? "";
  const chartTitle = (await page.locator("#losses-personnel .chart-frame__title").textContent()) ?? "";
  const range = await page.getByRole("group", { name: "Date range" }).evaluate(() => document.title);
  expect(meta("og:title")).toBe(range);
  expect(meta("og:image:alt")?.replace(/&#x27;|&#39;/g, "'")).toBe(`${chartTitle} (${subtitle})`);
  expect(meta("og:description")).toMatch(/^Russian losses claimed by Ukraine’s General Staff/);
});
