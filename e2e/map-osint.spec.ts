// The map for zoomed-in work, as a reader uses it at 1440×900 and on a 390×844 phone: zooming in on
// Bakhmut labels more places and none overlap; the scale bar reads a round length that matches the
// ground (measured between two labelled places); a drawn box survives a reload through the link and
// is in the CSV; the map's controls are never under the sticky bar; the jump bar reaches the ledger.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, searchParams, test } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

const BAKHMUT = "?from=2023-01-01&to=2023-06-30&map=bakhmut";

async function openMap(page: Page, search: string) {
  await openApp(page, search);
  await page.getByRole("navigation", { name: "Jump to" }).getByRole("link", { name: "Map" }).click();
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".map-legend li", { hasText: /Russian-held/ }).first()).toContainText("km²", {
    timeout: 30_000,
  });
}

interface Label {
  text: string;
  box: [number, number, number, number];
  lonLat: [number, number] | null;
  x: number;
  y: number;
}

/** The labels drawn on the map: their text boxes (with the dot) on screen. */
async function labels(page: Page): Promise<Label[]> {
  return page.locator(".front-map__place").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const dot = el.querySelector("circle")!.getBoundingClientRect();
      const ll = el.getAttribute("data-lonlat");
      return {
        text: el.textContent ?? "",
        box: [r.left, r.top, r.right, r.bottom] as [number, number, number, number],
        lonLat: ll ? (ll.split(",").map(Number) as [number, number]) : null,
        x: (dot.left + dot.right) / 2,
        y: (dot.top + dot.bottom) / 2,
      };
    }),
  );
}

/** Pairs of labels whose boxes overlap (by more than half a pixel, for anti-aliased edges). */
function overlaps(list: Label[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!.box;
      const b = list[j]!.box;
      if (a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5)
        out.push(`${list[i]!.text} × ${list[j]!.text}`);
    }
  return out;
}

/** Great-circle distance, km (haversine on a sphere of the mean Earth radius). */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

for (const size of SIZES) {
  test.describe(`${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("zooming in on Bakhmut labels more places, none overlapping, with a round scale bar", async ({
      page,
    }) => {
      await openMap(page, BAKHMUT);
      const before = await labels(page);
      const frame = (await page.locator(".front-map svg").boundingBox())!;
      const zoomIn = page.getByRole("button", { name: "Zoom in" });
      // Three steps of 1.5× about the map's centre: the central k0 / k1 of the view fills the map.
      const layer = page.locator(".front-map svg > g").first();
      const scaleOf = async () =>
        Number(/scale\(([\d.]+)\)/.exec((await layer.getAttribute("transform")) ?? "")?.[1]);
      const k0 = await scaleOf();
      for (let i = 0; i < 3; i++) await zoomIn.click();
      const factor = 1.5 ** 3;
      // The map zooms to at most 48× (projection/view.ts).
      const k1 = Math.min(48, k0 * factor);
      await expect.poll(scaleOf).toBeCloseTo(k1, 3);
      const central = (l: Label) =>
        Math.abs(l.x - (frame.x + frame.width / 2)) < (frame.width * k0) / (2 * k1) &&
        Math.abs(l.y - (frame.y + frame.height / 2)) < (frame.height * k0) / (2 * k1);
      const centralBefore = before.filter(central);
      await expect.poll(async () => (await labels(page)).length).toBeGreaterThan(centralBefore.length);
      const after = await labels(page);
      // Places not labelled before appear (villages from a higher minimum zoom among them).
      const shownBefore = new Set(before.map((l) => l.text));
      expect(after.filter((l) => !shownBefore.has(l.text)).length).toBeGreaterThan(0);
      expect(after.map((l) => l.text)).toContain("Bakhmut");
      expect(overlaps(before)).toEqual([]);
      expect(overlaps(after)).toEqual([]);

      // The scale bar: 1, 2 or 5 × a power of ten, in km.
      const scale = page.locator(".front-map__scale");
      const text = await scale.locator("text").textContent();
      expect(text).toMatch(/^[125]0* km$/);
      const km = Number(text!.replace(/\D/g, ""));
      expect(Number(await scale.getAttribute("data-km"))).toBe(km);
      // Its length matches the ground: km per pixel measured between the two labelled places
      // farthest apart (their lon/lat from places.json, their dots on screen).
      const placed = after.filter((l) => l.lonLat);
      let best: [Label, Label] | null = null;
      let bestPx = 0;
      for (const a of placed)
        for (const b of placed) {
          const px = Math.hypot(a.x - b.x, a.y - b.y);
          if (px > bestPx) [best, bestPx] = [[a, b], px];
        }
      const kmPerPx = haversineKm(best![0].lonLat!, best![1].lonLat!) / bestPx;
      // The bar's drawn length on screen (its path's box, without the stroke).
      const barPx = await scale
        .locator(".front-map__scale-bar")
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(Math.abs(barPx * kmPerPx - km) / km).toBeLessThan(0.05);
    });

    test("a drawn box stays in the link through a reload and is in the CSV", async ({ page }) => {
      await openMap(page, BAKHMUT);
      await page.getByRole("button", { name: "Draw an area" }).click();
      const svg = page.locator(".front-map svg");
      const b = (await svg.boundingBox())!;
      await page.mouse.move(b.x + b.width * 0.35, b.y + b.height * 0.3);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width * 0.65, b.y + b.height * 0.7, { steps: 5 });
      await page.mouse.up();
      const own = page.getByRole("region", { name: "Your area" });
      await expect(own).toBeVisible();
      await expect
        .poll(() => searchParams(page).get("box"))
        .toMatch(/^-?\d+(\.\d{1,4})?(,-?\d+(\.\d{1,4})?){3}$/);
      const box = searchParams(page).get("box")!;
      expect(await own.getAttribute("data-box")).toBe(box);

      await page.reload();
      await page.getByRole("navigation", { name: "Jump to" }).getByRole("link", { name: "Map" }).click();
      await expect(page.getByRole("region", { name: "Your area" })).toHaveAttribute("data-box", box, {
        timeout: 30_000,
      });

      const frame = page.locator("figure#front-line-map");
      await expect(frame.locator(".map-legend li", { hasText: /Russian-held/ }).first()).toContainText(
        "km²",
        {
          timeout: 30_000,
        },
      );
      await frame.getByRole("button", { name: "Download" }).click();
      const pending = page.waitForEvent("download");
      await frame.getByRole("menuitem", { name: "CSV data" }).click();
      const csv = fs.readFileSync(await (await pending).path(), "utf8");
      const lines = csv.split("\r\n").filter((l) => l && !l.startsWith("#"));
      expect(lines[0]).toBe(
        "layer,km2,source,area,range_start,day_shown,your_box_west,your_box_south,your_box_east,your_box_north",
      );
      expect(lines.length).toBeGreaterThan(1);
      for (const row of lines.slice(1)) expect(row.endsWith(`,${box}`)).toBe(true);
      // The permalink in the CSV's header reopens the same box.
      const permalink = /^# Permalink: (\S+)/m.exec(csv)![1]!;
      expect(new URL(permalink).searchParams.get("box")).toBe(box);
    });

    test("the map's controls are never under the sticky bar", async ({ page }) => {
      await openMap(page, BAKHMUT);
      const stuckBottom = () =>
        page.evaluate(() => {
          const stuck = [".page-bar", ".jump-nav"]
            .map((q) => document.querySelector(q)!)
            .find((el) => getComputedStyle(el).position === "sticky");
          return stuck ? stuck.getBoundingClientRect().bottom : 0;
        });
      // After the jump, and after keyboard focus reaches each control.
      for (const control of [
        page.getByRole("button", { name: "Zoom in" }),
        page.getByRole("radio", { name: "Bakhmut" }),
        page.getByRole("slider", { name: /Day shown/ }),
      ]) {
        await control.focus();
        // The page scrolls smoothly to a focused control: wait for it to come to rest in view.
        await expect
          .poll(async () => {
            const box = (await control.boundingBox())!;
            const top = await stuckBottom();
            return box.y >= top - 0.5 && box.y + box.height <= size.height ? "in view" : `at ${box.y}`;
          })
          .toBe("in view");
      }
    });
  });
}

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the jump bar stays in reach and jumps to the ledger", async ({ page }) => {
    await openApp(page);
    await expect(page.locator("#losses figure").first()).toBeVisible();
    // Far down the page, the jump bar is still on screen.
    await page.mouse.wheel(0, 3000);
    const nav = page.getByRole("navigation", { name: "Jump to" });
    await expect(nav).toBeInViewport();
    await nav.getByRole("link", { name: "Ledger" }).click();
    await expect(page).toHaveURL(/#cmp-ledger$/, { timeout: 30_000 });
    const heading = page.getByRole("heading", {
      name: "Claims ledger: public statements checked against the data",
    });
    await expect(heading).toBeInViewport();
    await expect
      .poll(async () => {
        const navBox = (await nav.boundingBox())!;
        const h = (await heading.boundingBox())!;
        return h.y >= navBox.y + navBox.height - 1 && h.y < 844 / 3;
      })
      .toBe(true);
  });
});

test("the place labels are one tab stop; the arrow keys walk them west to east", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page, BAKHMUT);
  const places = await labels(page);
  expect(places.length).toBeGreaterThan(3);
  const eastward = [...places].sort((a, b) => a.x - b.x).map((l) => l.text);
  // Exactly one label takes part in Tab order, however many the zoom shows.
  const tabbable = page.locator('.front-map__place[tabindex="0"]');
  await expect(tabbable).toHaveCount(1);
  await tabbable.focus();
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  expect(await focused()).toBe(eastward[0]);
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toBe(eastward[1]);
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toBe(eastward[2]);
  await page.keyboard.press("ArrowLeft");
  expect(await focused()).toBe(eastward[1]);
  await page.keyboard.press("End");
  expect(await focused()).toBe(eastward.at(-1));
  // Tab leaves the labels at once, and coming back lands on the one last focused.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.classList.contains("front-map__place"))).toBe(
    false,
  );
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toBe(eastward.at(-1));
});
