// The front-line map: it loads only near the viewport, its legend's km² agree with the chunks
// measured another way (polygon-clipping + an equal-area projection, not the app's scanline), it
// plays, switches source, measures a drawn box, zooms from the keyboard and passes axe.
// Waits for the map are long (30 s): on a busy two-core CI box the chunks take seconds to parse.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoConicEqualArea } from "d3-geo";
import polygonClipping, { type MultiPolygon } from "polygon-clipping";
import { feature } from "topojson-client";
import type { Page } from "@playwright/test";
import { expect, openApp, searchParams, test } from "./helpers";

const DATA = resolve("dist/data");
const readJson = (file: string) => JSON.parse(readFileSync(resolve(DATA, file), "utf8"));
const R = 6371.0088;
const equalArea = geoConicEqualArea()
  .parallels([45, 50])
  .rotate([-32, 0])
  .center([0, 48])
  .scale(R)
  .translate([0, 0]);

/** The shape a source shows on a day, decoded from its chunk (NZZ: like for like unless asked). */
function shapeOn(source: string, day: string, definition?: "asPublished"): MultiPolygon {
  const index = readJson("map/index.json");
  const ref = index.chunks.find(
    (c: { source: string; from: string; to: string; definition?: string }) =>
      c.source === source && c.definition === definition && c.from <= day && day <= c.to,
  );
  const chunk = readJson(ref.file);
  const geometry = chunk.topology.objects.occupied.geometries[chunk.state[chunk.dates.indexOf(day)]];
  const g = (
    feature(chunk.topology, geometry) as unknown as {
      geometry: { type: string; coordinates: unknown } | null;
    }
  ).geometry;
  if (!g) return [];
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as MultiPolygon;
}

/** A lon/lat box as a polygon, its sides densified so that they stay straight in lon/lat. */
type Box = [number, number, number, number];

function boxPolygon([w, s, e, n]: Box): MultiPolygon {
  const ring: [number, number][] = [];
  const steps = 200;
  for (let i = 0; i < steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i < steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i < steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  ring.push([w, s]);
  return [[ring]];
}

/** km²: shoelace on an equal-area projection, outer rings minus holes. */
function areaKm2(multi: MultiPolygon): number {
  let sum = 0;
  for (const polygon of multi)
    polygon.forEach((ring, i) => {
      let twice = 0;
      const pts = ring.map((p) => equalArea(p as [number, number])!);
      for (let k = 0, j = pts.length - 1; k < pts.length; j = k++)
        twice += (pts[j]![0] + pts[k]![0]) * (pts[j]![1] - pts[k]![1]);
      sum += (i === 0 ? 1 : -1) * Math.abs(twice / 2);
    });
  return sum;
}

/** Ukrainian gains (held on `from`, not on `to`) and Russian gains inside a box, measured independently. */
function changeInBox(source: string, from: string, to: string, box: Box, definition?: "asPublished") {
  const clip = boxPolygon(box);
  const a = polygonClipping.intersection(shapeOn(source, from, definition), clip);
  const b = polygonClipping.intersection(shapeOn(source, to, definition), clip);
  return {
    heldFrom: areaKm2(a),
    heldTo: areaKm2(b),
    ukrainianGains: areaKm2(polygonClipping.difference(a, b)),
    russianGains: areaKm2(polygonClipping.difference(b, a)),
  };
}

const km2 = (text: string) => Number(text.replace(/[^\d.]/g, ""));

async function legendKm2(page: Page, label: RegExp): Promise<number> {
  const value = page.locator(".map-legend li", { hasText: label }).locator(".map-legend__value");
  await expect(value).toHaveText(/km²/, { timeout: 30_000 });
  return km2(await value.innerText());
}

async function openMap(page: Page, search: string) {
  await openApp(page, search);
  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
}

// The map parses a few MB of geometry: on a shared two-core box a test can need minutes.
test.describe.configure({ timeout: 180_000 });

const LINK = "?from=2023-06-04&to=2023-11-30&map=zaporizhzhia";
const SECTOR: Box = [35.3, 47.2, 37, 47.9];

test("the map's code and data load only when its section comes near", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await openApp(page, LINK);
  await expect(page.locator("#losses figure").first()).toBeVisible();
  expect(requested.filter((u) => /MapPanel|\/data\/map\/|basemap/.test(u))).toEqual([]);
  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
  expect(requested.some((u) => u.includes("/data/basemap.json"))).toBe(true);
});

test("the legend's km² for the Zaporizhzhia front match the chunks measured independently", async ({
  page,
}) => {
  await openMap(page, LINK);
  const caption = page.locator(".map-legend__caption");
  // The range 4 Jun – 30 Nov counts from the map of the day before it.
  await expect(caption.first()).toHaveText(
    "DeepState, the map of 30 Nov 2023 against 3 Jun 2023, km² in the Zaporizhzhia front box:",
  );
  const expected = changeInBox("deepstate", "2023-06-03", "2023-11-30", SECTOR);
  const ukr = await legendKm2(page, /Net Ukrainian gains/);
  const ru = await legendKm2(page, /Net Russian gains/);
  expect(ukr).toBeGreaterThan(0);
  expect(Math.abs(ukr - expected.ukrainianGains)).toBeLessThanOrEqual(
    Math.max(1, 0.01 * expected.ukrainianGains),
  );
  expect(Math.abs(ru - expected.russianGains)).toBeLessThanOrEqual(Math.max(1, 0.01 * expected.russianGains));
  // The held area agrees with the pipeline's own sector series (territory.json) within 1 %.
  const territory = readJson("territory.json");
  const i = territory.deepstate.dates.indexOf("2023-11-30");
  const pipeline = territory.deepstate.sectors.zaporizhzhia.occupiedKm2[i];
  const held = await legendKm2(page, /All Russian-held on/);
  expect(Math.abs(held - pipeline)).toBeLessThanOrEqual(0.01 * pipeline);
  // The held-area chart beside the map draws that series: read its last day from the keyboard.
  const chart = page.locator("figure#map-occupied-zaporizhzhia");
  await chart.getByRole("application").focus();
  await page.keyboard.press("End");
  const tooltip = chart.getByTestId("cmp-tooltip");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText("30 Nov 2023");
  await expect(tooltip.getByRole("row", { name: /DeepState/ })).toContainText(
    `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(pipeline)} km²`,
  );

  // Switching the source re-measures with NZZ's shapes.
  await page.getByRole("radio", { name: "NZZ / liveuamap" }).check();
  await expect(caption.first()).toHaveText(/^NZZ \/ liveuamap, .* km² in the Zaporizhzhia front box/);
  await expect.poll(() => searchParams(page).get("src")).toBe("nzz");
  const nzz = changeInBox("nzz", "2023-06-03", "2023-11-30", SECTOR);
  await expect
    .poll(() => legendKm2(page, /Net Ukrainian gains/))
    .toBeCloseTo(Math.round(nzz.ukrainianGains), -1);
  const nzzUkr = await legendKm2(page, /Net Ukrainian gains/);
  expect(Math.abs(nzzUkr - nzz.ukrainianGains)).toBeLessThanOrEqual(Math.max(1, 0.01 * nzz.ukrainianGains));
});

test("Play advances the day shown, and the day reaches the link", async ({ page }) => {
  await openMap(page, LINK);
  const day = page.getByTestId("map-day");
  await expect(day).toHaveText("30 Nov 2023");
  await page.getByRole("button", { name: "Play" }).click();
  // Playing from the range's end starts again from its first day, then steps a week at a time.
  await expect(day).not.toHaveText("30 Nov 2023");
  await expect(day).toHaveText(/Jun 2023|Jul 2023/);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect.poll(() => searchParams(page).get("day")).toMatch(/^2023-0[67]-/);
  // The slider steps by a day from the keyboard.
  const slider = page.getByRole("slider", { name: /Day shown/ });
  const before = await day.innerText();
  await slider.press("ArrowRight");
  await expect(day).not.toHaveText(before);
});

test("a box drawn on the map gets its own figures for both sources", async ({ page }) => {
  await openMap(page, LINK);
  await page.getByRole("button", { name: "Draw an area" }).click();
  const svg = page.locator(".front-map svg");
  const b = (await svg.boundingBox())!;
  await page.mouse.move(b.x + b.width * 0.3, b.y + b.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.6, b.y + b.height * 0.7, { steps: 5 });
  await page.mouse.up();
  const own = page.getByRole("region", { name: "Your area" });
  await expect(own).toBeVisible();
  const box = (await own.getAttribute("data-box"))!.split(",").map(Number) as Box;
  const expected = changeInBox("deepstate", "2023-06-03", "2023-11-30", box);
  const row = own.getByRole("row", { name: /Russian-held on 30 Nov 2023/ });
  await expect(row.getByRole("cell").first()).toHaveText(/km²/);
  const held = km2(await row.getByRole("cell").first().innerText());
  expect(Math.abs(held - expected.heldTo)).toBeLessThanOrEqual(Math.max(1, 0.01 * expected.heldTo));
  const ukrRow = own.getByRole("row", { name: /Ukrainian gains/ });
  await expect(ukrRow.getByRole("cell").nth(1)).toHaveText(/km²/);
});

test("the map zooms and pans from the keyboard", async ({ page }) => {
  await openMap(page, "?from=2023-06-04&to=2023-11-30");
  const map = page.getByRole("group", { name: /^Map of Ukraine/ });
  const layer = page.locator(".front-map svg > g").first();
  const transform = async () => (await layer.getAttribute("transform")) ?? "";
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1]);
  /** Where the map's layer is moved to, in the SVG's units: "translate(x,y)". */
  const offset = async () =>
    /translate\(([-\d.e]+),([-\d.e]+)\)/
      .exec(await transform())!
      .slice(1)
      .map(Number);
  expect(await scale()).toBe(1);
  await map.focus();
  await page.keyboard.press("+");
  await expect.poll(scale).toBeCloseTo(1.5);
  // An arrow moves the map by 60 units the other way, to show what lies in that direction.
  const [x, y] = await offset();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(offset).toEqual([x! + 60, y]);
  await page.keyboard.press("ArrowUp");
  await expect.poll(offset).toEqual([x! + 60, y! + 60]);
  expect(await scale()).toBeCloseTo(1.5);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(scale).toBe(1);
});

test("axe finds no accessibility violations in the map section", async ({ page }) => {
  await openMap(page, LINK);
  await expect(page.locator(".map-legend li", { hasText: /Ukrainian gains/ })).toContainText("km²");
  const results = await new AxeBuilder({ page }).include("#map").analyze();
  expect(results.violations).toEqual([]);
});

test("a preset chosen after moving the map's day drops that day, without a notice", async ({ page }) => {
  await openMap(page, LINK);
  const slider = page.getByRole("slider", { name: /Day shown/ });
  await slider.press("ArrowLeft");
  await slider.press("ArrowLeft");
  await expect.poll(() => searchParams(page).get("day")).toBe("2023-11-28");
  // The last 7 days lie long after 28 Nov 2023: the map shows the range's last day instead.
  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect.poll(() => searchParams(page).get("from")).not.toBe("2023-06-04");
  expect(searchParams(page).get("day")).toBeNull();
  await expect(page.getByText("Some settings in this link could not be used")).toHaveCount(0);
  await expect(page.getByText(/map day/)).toHaveCount(0);
  // The slider's own "first – last day" line: the day shown is the last.
  const ends = page.locator(".day-slider__ends");
  await expect(ends).not.toContainText("2023");
  const lastDay = (await ends.innerText()).split(" – ")[1]!;
  await expect(page.getByTestId("map-day")).toHaveText(lastDay);
});

test("NZZ is like for like by default: its change of definition is no Ukrainian gain until “As published”", async ({
  page,
}) => {
  const territory = readJson("territory.json");
  const donetsk = territory.sectors.find((s: { id: string }) => s.id === "donetsk").bbox as Box;
  await openMap(page, "?from=2024-03-01&to=2024-03-31&map=donetsk&src=nzz");
  const caption = page.locator(".map-legend__caption").first();
  await expect(caption).toHaveText(/^NZZ \/ liveuamap, .* km² in the Donetsk box/);
  // The map compares the day shown with the day before the range (lib/windows.ts).
  const lfl = changeInBox("nzz", "2024-02-29", "2024-03-31", donetsk);
  const published = changeInBox("nzz", "2024-02-29", "2024-03-31", donetsk, "asPublished");
  // The legend's "Ukrainian gains" is the like-for-like shapes' change, far below the drop as published.
  const ukr = await legendKm2(page, /Net Ukrainian gains/);
  expect(Math.abs(ukr - lfl.ukrainianGains)).toBeLessThanOrEqual(Math.max(1, 0.01 * lfl.ukrainianGains));
  expect(ukr).toBeLessThan(0.1 * published.ukrainianGains);
  await expect(page.locator(".map-frame")).toContainText("NZZ like for like");

  // One click shows NZZ as published, the drop included, and the link remembers it.
  await page.getByRole("group", { name: "NZZ shapes" }).getByRole("radio", { name: "As published" }).check();
  await expect.poll(() => searchParams(page).get("def")).toBe("published");
  await expect
    .poll(() => legendKm2(page, /Net Ukrainian gains/))
    .toBeCloseTo(Math.round(published.ukrainianGains), -1);
  await expect(page.locator(".map-frame")).toContainText("NZZ as published");
});

test("the map's held-area chart and the source comparison give NZZ one figure for a day", async ({
  page,
}) => {
  await openMap(page, "?from=2024-03-01&to=2024-03-31&src=nzz");
  const chart = page.locator("figure#map-occupied-all");
  await chart.getByRole("application").focus();
  await page.keyboard.press("End");
  const tooltip = chart.getByTestId("cmp-tooltip");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText("31 Mar 2024");
  const mapText = await tooltip.getByRole("row", { name: /NZZ/ }).innerText();
  const mapNzz = /([\d,]+) km²/.exec(mapText)![1]!;
  const section = page.locator("#comparison");
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator("figure#territory-all h3")).toContainText(`NZZ ${mapNzz} km²`);
});

test("a range that runs past the last map shows the last map's day and says so", async ({ page }) => {
  // The default range ends on the newest day of any source (an Oryx snapshot), after the maps end.
  const territory = readJson("territory.json");
  const last = [territory.deepstate.dates.at(-1), territory.nzz.dates.at(-1)].sort().at(-1) as string;
  const manifest = readJson("manifest.json");
  expect(manifest.bounds.to > last, "the default range ends after the maps").toBe(true);
  await openApp(page, "#map");
  const map = page.locator("#map");
  await map.scrollIntoViewIfNeeded();
  const lastText = new Date(`${last}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  await expect(map.locator("[data-map-range-note]")).toContainText(
    `The maps end on ${lastText}, before the range does: the map shows`,
  );
  await expect(map.getByText("Day shown:")).toHaveText(`Day shown: ${lastText}`, { timeout: 30_000 });
  // The day is drawn: DeepState's Russian-held area on it (the legend measures the drawn shape,
  // territory.json the full-resolution one: equal to the km² shown), not the whole front "retaken".
  const heldKm2 = territory.deepstate.occupiedKm2[territory.deepstate.dates.indexOf(last)] as number;
  const held = page.locator('.map-legend [data-legend="held-day"] .map-legend__value');
  await expect(held).toHaveText(/km²/, { timeout: 30_000 });
  const shown = Number((await held.innerText()).replace(/[^\d.]/g, ""));
  expect(Math.abs(shown - heldKm2) / heldKm2).toBeLessThan(0.005);
});
