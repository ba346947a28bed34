// A range change keeps the chart under the reader's eyes where it is: from a chart in every
// section, reached by scrolling with the wheel, a preset is chosen and the chart must stay within
// 8 px of where it was while the charts above and below redraw (the browser's scroll anchoring
// does this; the test guards it). On a wide screen the preset is clicked where it is on screen:
// Playwright's locator.click() first scrolls the sticky bar's place in the page into view, which
// moved every chart by the same 437 px and looked like the page jumping.
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** One chart per section: losses, claims vs confirmed (first and last panels), the map's three. */
const CHARTS = [
  "losses-equipment",
  "claimed-vs-confirmed-tank",
  "territory-all",
  "claims-ledger",
  "front-line-map",
  "map-weekly-all",
];

/** Scrolls with the wheel, as a reader does, until `frame` is near the top of the window. */
async function scrollTo(page: Page, frame: Locator, viewportHeight: number) {
  const band = { from: 0.15 * viewportHeight, to: 0.35 * viewportHeight };
  for (let k = 0; k < 300; k++) {
    const box = (await frame.count()) ? await frame.boundingBox() : null;
    if (box && box.y >= band.from && box.y <= band.to) break;
    await page.mouse.move(20, viewportHeight / 2);
    await page.mouse.wheel(0, !box ? 500 : Math.max(-400, Math.min(400, box.y - (band.from + band.to) / 2)));
    await page.waitForTimeout(120);
  }
  // Let the lazy panels that came near settle, as a reader would pause to read.
  await page.waitForTimeout(1500);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} a range change leaves the chart being read in place`, async ({
    page,
  }) => {
    test.setTimeout(420_000);
    await page.setViewportSize(viewport);
    const moved: string[] = [];
    // Presets that differ from the default (the last year) and hold days of every source: the
    // default range now ends on the newest day of any source, after the General Staff's last one,
    // so "30 days" would leave the losses panel without a chart to read.
    const presets = ["90 days", "All", "2023 counteroffensive"];
    for (const [i, id] of CHARTS.entries()) {
      await test.step(id, async () => {
        await openApp(page);
        const frame = page.locator(`#${id}`);
        await scrollTo(page, frame, viewport.height);
        const before = (await frame.boundingBox({ timeout: 30_000 }))!.y;
        const preset = page.getByRole("button", { name: presets[i % presets.length], exact: true });
        // Wide screens keep the range bar on screen (sticky): a real click. On a phone it is at the
        // top of the page; the click is sent to it where it is, without scrolling there.
        if (viewport.width >= 960) {
          // At the button's place on screen (locator.click() would first scroll the button's place
          // in the page into view, which for a sticky bar is the top of the page).
          const b = (await preset.boundingBox())!;
          await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        } else await preset.evaluate((b: HTMLButtonElement) => b.click());
        await expect(preset).toHaveAttribute("aria-pressed", "true");
        let worst = 0;
        for (let k = 0; k < 10; k++) {
          await page.waitForTimeout(250);
          worst = Math.max(worst, Math.abs((await frame.boundingBox({ timeout: 30_000 }))!.y - before));
        }
        if (worst >= 8) moved.push(`${id}: ${Math.round(worst)} px`);
        console.log(`${viewport.width} ${id}: moved at most ${Math.round(worst)} px`);
      });
    }
    expect(moved, "charts that moved by 8 px or more after the range change").toEqual([]);
  });
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} the presets move nothing at the top of the page`, async ({
    page,
  }) => {
    // Every layout shift, also those right after an input (CLS leaves them out; a reader does not).
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { __shifts: string[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node: Node | null }[];
        })[])
          shifts.push(
            `${e.value} ${e.sources.map((s) => (s.node as Element | null)?.className ?? "?").join(", ")}`,
          );
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.setViewportSize(viewport);
    await openApp(page);
    const presets = page.getByRole("group", { name: "Range presets" });
    const title = page.locator("#losses-personnel .chart-frame__title");
    // Ranges that run past the General Staff's last day and end before it, with and without a
    // correction or a partial week in them: the notes and keys that came and went with them moved
    // the charts.
    for (const name of ["All", "90 days", "2023 counteroffensive", "1 year"]) {
      const before = await title.textContent();
      await page.evaluate(() => ((window as unknown as { __shifts: string[] }).__shifts.length = 0));
      await presets.getByRole("button", { name, exact: true }).click();
      await expect(presets.getByRole("button", { name, exact: true })).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await expect(title).not.toHaveText(before as string);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), name).toEqual(
        [],
      );
    }
  });
}
