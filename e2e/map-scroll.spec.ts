// The page scrolls through the map: a plain wheel and a one-finger drag move the page and leave the
// map's view alone (a plain wheel shows a brief hint); Ctrl + wheel, two fingers, the buttons and
// the keyboard move the map and leave the page where it is. Real input events: Playwright's wheel
// (with and without Ctrl held) and Chromium's touch events through the DevTools protocol.
import type { CDPSession, Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** The map's view as drawn: the transform of its zoomed group ("translate(x,y) scale(k)"). */
const mapView = (page: Page) =>
  page.locator(".front-map__svg > g").first().getAttribute("transform") as Promise<string>;
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** The map drawn, in the middle of the window, and the page settled there. */
async function mapInView(page: Page) {
  await openApp(page, "?from=2023-06-04&to=2023-11-30");
  await page.locator("#map").scrollIntoViewIfNeeded();
  const svg = page.locator(".front-map__svg");
  await expect(svg).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(".map-legend .map-legend__value").first()).toHaveText(/km²/, { timeout: 90_000 });
  return centre(page);
}

/** The map in the middle of the window, once the page has stopped moving: a point on it. */
async function centre(page: Page) {
  const svg = page.locator(".front-map__svg");
  await svg.evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
  // Lazy panels above have mounted by now; wait until the page stops moving under the map.
  let before = await svg.boundingBox();
  await expect
    .poll(async () => {
      const now = await svg.boundingBox();
      const still = now!.y === before!.y;
      before = now;
      return still;
    })
    .toBe(true);
  const box = (await svg.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 150) };
}

type Point = { x: number; y: number };
async function touch(cdp: CDPSession, type: "touchStart" | "touchMove" | "touchEnd", points: Point[]) {
  await cdp.send("Input.dispatchTouchEvent", {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
  });
}

/** A drag of `fingers` fingers from `at`, `dy` px up, in steps. */
async function drag(cdp: CDPSession, at: Point, fingers: 1 | 2, dy: number, spread = 0) {
  const points = (step: number) => {
    const y = at.y - (dy * step) / 10;
    const s = (spread * step) / 10;
    return fingers === 1
      ? [{ x: at.x, y }]
      : [
          { x: at.x - 40 - s, y },
          { x: at.x + 40 + s, y },
        ];
  };
  await touch(cdp, "touchStart", points(0));
  for (let step = 1; step <= 10; step++) await touch(cdp, "touchMove", points(step));
  await touch(cdp, "touchEnd", []);
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("a plain wheel scrolls the page past the map; Ctrl + wheel, buttons and keys zoom it", async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const at = await mapInView(page);
      const view = await mapView(page);
      const y0 = await scrollY(page);
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => scrollY(page)).toBeGreaterThan(y0 + 200);
      expect(await mapView(page)).toBe(view);
      await expect(page.locator(".front-map__hint")).toHaveText("Ctrl + scroll to zoom the map");
      // It goes again.
      await expect(page.locator(".front-map__hint--shown")).toHaveCount(0, { timeout: 5000 });

      // Ctrl + wheel zooms in about the pointer, and the page stays put.
      const again = await centre(page);
      const y1 = await scrollY(page);
      await page.mouse.move(again.x, again.y);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -300);
      await page.keyboard.up("Control");
      await expect.poll(() => mapView(page)).not.toBe(view);
      expect(Number(/scale\(([\d.]+)\)/.exec(await mapView(page))![1])).toBeGreaterThan(
        Number(/scale\(([\d.]+)\)/.exec(view)![1]),
      );
      expect(await scrollY(page)).toBe(y1);

      // The buttons and the keyboard still zoom.
      const zoomed = await mapView(page);
      await page.getByRole("button", { name: "Zoom out" }).click();
      await expect.poll(() => mapView(page)).not.toBe(zoomed);
      const out = await mapView(page);
      await page.locator(".front-map__svg").focus();
      await page.keyboard.press("+");
      await expect.poll(() => mapView(page)).not.toBe(out);
    });

    test.describe("with a touch screen", () => {
      // From the start: turning touch on later may change the layout (coarse pointer), which resets
      // the map's view to the preset's.
      test.use({ hasTouch: true });

      test("on touch, one finger scrolls the page and two fingers move the map", async ({ page }) => {
        test.setTimeout(180_000);
        const at = await mapInView(page);
        const cdp = await page.context().newCDPSession(page);
        const view = await mapView(page);
        const y0 = await scrollY(page);
        await drag(cdp, at, 1, 200);
        await expect.poll(() => scrollY(page)).toBeGreaterThan(y0 + 100);
        expect(await mapView(page)).toBe(view);

        const again = await centre(page);
        const y1 = await scrollY(page);
        // Two fingers moving apart and up: the map zooms and pans; the page does not move.
        await drag(cdp, again, 2, 60, 60);
        await expect.poll(() => mapView(page)).not.toBe(view);
        expect(Number(/scale\(([\d.]+)\)/.exec(await mapView(page))![1])).toBeGreaterThan(
          Number(/scale\(([\d.]+)\)/.exec(view)![1]),
        );
        expect(await scrollY(page)).toBe(y1);
      });
    });
  });
}
