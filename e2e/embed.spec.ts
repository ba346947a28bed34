// Embeds and exports that work for every figure, the map included: each ?embed= id shows its chart
// alone within 3 s; the snippet's iframe in a host page takes the chart's height (postMessage), so
// the footer is never cut off; the transparent map export is clipped to the map's frame.
import type { Page } from "@playwright/test";
import { Resvg } from "@resvg/resvg-js";
import fs from "node:fs";
import { JSDOM } from "jsdom";
import { PNG } from "pngjs";
import { expect, openApp, test } from "./helpers";

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

async function openMenu(page: Page, frameId: string) {
  const frame = page.locator(`#${frameId}`);
  const button = frame.getByRole("button", { name: "Download" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(frame.getByRole("menu", { name: "Download and share" })).toBeVisible();
  return frame;
}

test("every chart id the dashboard lists embeds alone within 3 s", async ({ page }) => {
  test.slow();
  await page.goto("/?embed=true");
  const notice = page.getByRole("status").filter({ hasText: "to embed, so the whole dashboard is shown" });
  await expect(notice).toContainText("front-line-map", { timeout: 60_000 });
  await expect(notice).toContainText("claims-ledger");
  // The lists settles once every section has drawn its charts.
  await expect(page.locator("#map-weekly-all")).toBeAttached({ timeout: 60_000 });
  const ids = await page.$$eval("[data-chart-frame]", (els) => [...new Set(els.map((el) => el.id))]);
  expect(ids.length).toBeGreaterThan(10);
  const slow: string[] = [];
  for (const id of ids) {
    await test.step(id, async () => {
      await page.goto(`/?embed=${id}`);
      // Checked every frame in the page, timed from the navigation's start (performance.now()).
      const shownAt = await page.waitForFunction(
        (target) => {
          const frame = document.getElementById(target);
          const body = frame?.querySelector(".chart-frame__body > *");
          const shown =
            frame?.matches("[data-embed-target]") && body && body.getBoundingClientRect().height > 0;
          return shown ? performance.now() : null;
        },
        id,
        { polling: "raf", timeout: 30_000 },
      );
      const ms = Math.round((await shownAt.jsonValue())!);
      if (ms > 3000) slow.push(`${id}: ${ms} ms`);
      const frame = page.locator(`#${id}`);
      await expect(frame).toBeVisible();
      await expect(page.getByText("Loading the chart…")).toHaveCount(0);
      // Alone: no other chart, no header, no range control.
      await expect(page.locator("[data-chart-frame]:visible")).toHaveCount(1);
      await expect(page.locator(".site-header")).toBeHidden();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        (await frame.locator(".chart-frame__title").textContent())!.trim(),
      );
    });
  }
  console.log(`embeds over 3 s: ${slow.length ? slow.join(", ") : "none"} (of ${ids.length})`);
  expect(slow, "charts that took over 3 s to show").toEqual([]);
});

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width} px the snippet's iframe takes the chart's height, footer included`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page, "?from=2023-06-04&to=2023-11-30&cats=tank");
    const frame = await openMenu(page, "losses-equipment");
    await frame.getByRole("menuitem", { name: "Embed" }).click();
    const snippet = await frame.getByLabel("Embed code").inputValue();
    const initial = Number(/ height="(\d+)"/.exec(snippet)![1]);
    // A host page without the dashboard's CSP, with an article column as wide as the window. (It is
    // served from the app's own address: Chromium blocks a public page such as about:blank from
    // framing a local server, and the test may talk to no other host.)
    await page.route("**/host-page.html", (route) =>
      route.fulfill({
        contentType: "text/html",
        body:
          `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">` +
          `<article style="max-width:40rem;margin:0 auto;padding:0 12px"><p>Before the chart.</p>${snippet}<p id="after">After the chart.</p></article></body>`,
      }),
    );
    await page.goto("/host-page.html");
    const iframe = page.locator("iframe");
    const inner = page.frameLocator("iframe");
    await expect(inner.locator("#losses-equipment svg.losses-surface").first()).toBeVisible({
      timeout: 45_000,
    });
    const content = page.frames().find((f) => f.url().includes("embed=losses-equipment"))!;
    // The iframe's height follows the chart's: the bottom of the link back, in CSS px.
    const contentHeight = () =>
      content.evaluate(() =>
        Math.ceil(document.querySelector(".embed-back")!.getBoundingClientRect().bottom + window.scrollY),
      );
    await expect.poll(async () => (await iframe.boundingBox())!.height - (await contentHeight())).toBe(0);
    const height = (await iframe.boundingBox())!.height;
    expect(height).not.toBe(initial);
    // Everything is inside the iframe: the footer's sources line and the link back, and nothing
    // is wider than the column.
    const fit = await content.evaluate(() => {
      const foot = document.querySelector("#losses-equipment .chart-frame__foot")!.getBoundingClientRect();
      const back = document.querySelector(".embed-back")!.getBoundingClientRect();
      return {
        footBottom: foot.bottom,
        backBottom: back.bottom,
        innerHeight: window.innerHeight,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        scrollable: document.documentElement.scrollHeight - window.innerHeight,
      };
    });
    expect(fit.footBottom).toBeLessThanOrEqual(fit.innerHeight);
    expect(fit.backBottom).toBeLessThanOrEqual(fit.innerHeight);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.scrollable).toBeLessThanOrEqual(0);
    await expect(page.locator("#after")).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath(`host-page-${viewport.width}.png`),
      fullPage: true,
    });
  });
}

test("the transparent map export is clipped to the map's frame", async ({ page }) => {
  // The map parses a few MB of geometry: on a shared two-core box it can need a while.
  test.setTimeout(240_000);
  await page.setViewportSize(VIEWPORTS[0]!);
  await openApp(page, "?from=2023-06-04&to=2023-11-30&map=bakhmut#front-line-map");
  await expect(page.locator(".front-map svg").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(".map-legend .map-legend__value").first()).toHaveText(/km²/, { timeout: 90_000 });
  const frame = await openMenu(page, "front-line-map");
  await frame.getByRole("menuitemcheckbox", { name: "Transparent background" }).click();
  await openMenu(page, "front-line-map");
  const pending = page.waitForEvent("download");
  await frame.getByRole("menuitem", { name: "SVG image" }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/-transparent\.svg$/);
  const svg = fs.readFileSync(await download.path(), "utf8");
  fs.writeFileSync(test.info().outputPath("map-transparent.svg"), svg);

  // The map's frame in the figure: its <svg>'s box plus the translations of the groups around it.
  const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  const map = doc.querySelector("svg[data-export-clip]")!;
  expect(map).not.toBeNull();
  const box = ["x", "y", "width", "height"].map((a) => Number(map.getAttribute(a)));
  for (let el = map.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
    // The figure places its body with "translate(x y)" and, when it is wider, "scale(s)".
    const transform = el.getAttribute("transform") ?? "";
    expect(transform).not.toMatch(/rotate|matrix|skew/);
    const t = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(transform);
    const k = Number(/scale\(([-\d.]+)\)/.exec(transform)?.[1] ?? 1);
    box.forEach((v, i) => (box[i] = v * k));
    if (t) {
      box[0]! += Number(t[1]);
      box[1]! += Number(t[2]);
    }
  }
  const [bx, by, bw, bh] = box as [number, number, number, number];

  // The same figure without the map's drawing: outside the frame, the two must be the same pixels.
  const empty = map.cloneNode(false) as Element;
  map.replaceWith(empty);
  const withoutMap = new doc.defaultView!.XMLSerializer().serializeToString(doc);
  const render = (markup: string) =>
    PNG.sync.read(new Resvg(markup, { font: { loadSystemFonts: false } }).render().asPng());
  const full = render(svg);
  const bare = render(withoutMap);
  fs.writeFileSync(test.info().outputPath("map-transparent-resvg.png"), PNG.sync.write(full));
  let outsideDiffer = 0;
  let insideDiffer = 0;
  for (let py = 0; py < full.height; py++) {
    for (let px = 0; px < full.width; px++) {
      const i = (py * full.width + px) * 4;
      const same = [0, 1, 2, 3].every((k) => full.data[i + k] === bare.data[i + k]);
      if (same) continue;
      // One pixel of anti-aliasing at the frame's edge.
      const inside = px >= bx - 1 && px <= bx + bw + 1 && py >= by - 1 && py <= by + bh + 1;
      if (inside) insideDiffer++;
      else outsideDiffer++;
    }
  }
  // The map draws inside its frame (most of it), and nothing at all outside.
  expect(insideDiffer).toBeGreaterThan(0.5 * bw * bh);
  expect(outsideDiffer).toBe(0);
});

test("the ledger's image exports show each reading's arithmetic, not a collapsed label", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS[0]!);
  await openApp(page, "?from=2023-06-04&to=2023-11-30#claims-ledger");
  const ledger = page.locator("#claims-ledger");
  await expect(ledger.locator(".cmp-arith").first()).toBeAttached({ timeout: 60_000 });
  // What each row's "Arithmetic" holds on the page (laid out closed, so read as text).
  const sums = await ledger
    .locator(".cmp-arith__body")
    .evaluateAll((els) => els.map((el) => [...el.querySelectorAll("p")].map((p) => p.textContent!.trim())));
  expect(sums.length).toBeGreaterThan(0);
  await openMenu(page, "claims-ledger");
  const pending = page.waitForEvent("download");
  await ledger.getByRole("menuitem", { name: "SVG image" }).click();
  const svg = fs.readFileSync(await (await pending).path(), "utf8");
  const texts = [
    ...new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.querySelectorAll("text"),
  ].map((t) => t.textContent ?? "");
  // Lines wrap where the page wraps them: compare the words, in order, without the breaks.
  const all = texts.join(" ").replace(/\s+/g, " ");
  const missing = sums.flat().filter((line) => !all.includes(line.replace(/\s+/g, " ")));
  expect(missing).toEqual([]);
  // The page is left as it was: every "Arithmetic" still closed.
  await expect(ledger.locator(".cmp-arith[open]")).toHaveCount(0);
});
