// Export and share, as a journalist or analyst uses them: open a chart's Download menu with the
// keyboard, download PNG, SVG and CSV and open the files, copy the link and open it, take the
// embed code and load it. Files are checked the way another program would read them: the PNG
// decoded with pngjs, the SVG rendered outside the browser with resvg, the CSV against the data
// files. Runs on every chart frame wired for export (EXPORT_CASES).
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import type { Download, Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";
import { woffToSfnt } from "./woff-to-sfnt";

const ROOT = path.resolve(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "public/data", file), "utf8"));

interface LossesJson {
  generalStaff: { dates: string[]; cumulative: Record<string, (number | null)[]> };
}

/** Days of the losses series within [from, to] with the cumulative value of `cat` (from the data file). */
function lossesRows(from: string, to: string, cat: string) {
  const gs = (readJson("losses.json") as LossesJson).generalStaff;
  return gs.dates.flatMap((d, i) =>
    d >= from && d <= to ? [{ i, date: d, total: gs.cumulative[cat]?.[i] ?? null }] : [],
  );
}

function dailyOf(cat: string, i: number): number | null {
  const gs = (readJson("losses.json") as LossesJson).generalStaff;
  const v = gs.cumulative[cat]?.[i];
  const prev = gs.cumulative[cat]?.[i - 1];
  return v == null || prev == null ? null : v - prev;
}

// Inter as TrueType for resvg, which reads neither WOFF nor the SVG's embedded @font-face.
const FONT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "export-fonts-"));
const FONT_FILES = [400, 700].map((w) => {
  const file = path.join(FONT_DIR, `inter-${w}.ttf`);
  const woff = path.join(ROOT, `node_modules/@fontsource/inter/files/inter-latin-${w}-normal.woff`);
  fs.writeFileSync(file, woffToSfnt(fs.readFileSync(woff)));
  return file;
});

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

async function openMenu(frame: Locator) {
  const button = frame.getByRole("button", { name: "Download" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(frame.getByRole("menu", { name: "Download and share" })).toBeVisible();
}

async function download(page: Page, frame: Locator, item: string): Promise<Download> {
  await openMenu(frame);
  const pending = page.waitForEvent("download");
  await frame.getByRole("menuitem", { name: item }).click();
  return pending;
}

/** Standard deviation of the luminance: 0 for a blank image. */
function luminanceSpread(png: PNG): number {
  let sum = 0;
  let sq = 0;
  const n = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const l = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
    sum += l;
    sq += l * l;
  }
  return Math.sqrt(sq / n - (sum / n) ** 2);
}

interface ExportCase {
  name: string;
  search: string;
  frameId: string;
  /** The file-name stem expected for this view. */
  stem: string;
  /** The CSV's data rows, computed from public/data. */
  expectedRows: () => string[][];
}

const EXPORT_CASES: ExportCase[] = [
  {
    name: "losses chart, tanks, cumulative",
    search: "?from=2023-06-04&to=2023-11-30&cats=tank",
    frameId: "losses-equipment",
    stem: "tank-losses-general-staff_2023-06-04_2023-11-30",
    expectedRows: () => lossesRows("2023-06-04", "2023-11-30", "tank").map((r) => [r.date, String(r.total)]),
  },
  {
    name: "losses chart, tanks and APCs, per day",
    search: "?from=2024-01-01&to=2024-03-31&cats=tank,apc&view=daily",
    frameId: "losses-equipment",
    stem: "tank-apc-losses-per-day-general-staff_2024-01-01_2024-03-31",
    expectedRows: () =>
      lossesRows("2024-01-01", "2024-03-31", "tank").map((r) => [
        r.date,
        String(dailyOf("tank", r.i) ?? ""),
        String(dailyOf("apc", r.i) ?? ""),
      ]),
  },
];

test.describe("export and share", () => {
  // Each test loads the dashboard and renders several files; on a shared 2-core machine that
  // takes most of the default minute (nothing here measures speed).
  test.slow();
  for (const c of EXPORT_CASES) {
    test(`${c.name}: PNG, SVG and CSV stand on their own and match the screen and the data`, async ({
      page,
    }) => {
      await openApp(page, c.search);
      const frame = page.locator(`#${c.frameId}`);
      await expect(frame.locator("svg.recharts-surface").first()).toBeVisible();
      const title = (await frame.locator(".chart-frame__title").textContent())!.trim();
      const subtitle = (await frame.locator(".chart-frame__subtitle").textContent())!.trim();
      const sourceName = (await frame.locator(".chart-frame__foot a").first().textContent())!.trim();
      const box = (await frame.boundingBox())!;

      // SVG: plain, self-contained, says what it shows and where it comes from.
      const svgDownload = await download(page, frame, "SVG image");
      expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^${c.stem}_(light|dark)\\.svg$`));
      const svg = (await saved(svgDownload)).toString("utf8");
      // Parsed outside the page (jsdom), as another program would read the file.
      const parsed = ((text: string) => {
        const doc = new JSDOM(text, { contentType: "image/svg+xml" }).window.document;
        return {
          errors: doc.getElementsByTagName("parsererror").length,
          foreignObjects: doc.getElementsByTagName("foreignObject").length,
          texts: [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? ""),
          width: Number(doc.documentElement.getAttribute("width")),
          height: Number(doc.documentElement.getAttribute("height")),
        };
      })(svg);
      expect(parsed.errors).toBe(0);
      expect(parsed.foreignObjects).toBe(0);
      expect(svg).not.toMatch(/var\(--|light-dark\(/);
      expect(svg).toContain("@font-face{font-family:Inter");
      const allText = parsed.texts.join(" ");
      expect(allText).toContain(title);
      expect(allText).toContain(subtitle);
      expect(allText).toContain(`Source: ${sourceName}`);
      expect(allText).toContain(`${c.search.replaceAll(",", ",")}#${c.frameId}`);
      expect(parsed.width).toBe(Math.round(box.width));

      // PNG at 2×: twice the on-screen figure's width, twice the SVG's height, not blank.
      const pngDownload = await download(page, frame, "PNG image (2×)");
      expect(pngDownload.suggestedFilename()).toMatch(new RegExp(`^${c.stem}_2x-(light|dark)\\.png$`));
      const png = PNG.sync.read(await saved(pngDownload));
      expect(png.width).toBe(2 * Math.round(box.width));
      expect(png.height).toBe(2 * parsed.height);
      expect(luminanceSpread(png)).toBeGreaterThan(20);

      // The same SVG rendered by another program (resvg) looks like the browser's PNG.
      const rendered = new Resvg(svg, {
        fitTo: { mode: "width", value: png.width },
        font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: "Inter" },
      }).render();
      const outside = PNG.sync.read(rendered.asPng());
      expect([outside.width, outside.height]).toEqual([png.width, png.height]);
      expect(luminanceSpread(outside)).toBeGreaterThan(20);
      const diff = new PNG({ width: png.width, height: png.height });
      const mismatched = pixelmatch(png.data, outside.data, diff.data, png.width, png.height, {
        threshold: 0.2,
      });
      const share = mismatched / (png.width * png.height);
      await test
        .info()
        .attach("resvg-vs-browser.txt", { body: `${(share * 100).toFixed(3)}% pixels differ` });
      fs.writeFileSync(test.info().outputPath("browser.png"), PNG.sync.write(png));
      fs.writeFileSync(test.info().outputPath("resvg.png"), rendered.asPng());
      fs.writeFileSync(test.info().outputPath("diff.png"), PNG.sync.write(diff));
      // Tolerance: at most 1% of pixels differ by more than pixelmatch's 0.2 colour threshold
      // (text anti-aliasing and hinting differ between Skia and resvg; shapes and colours must not).
      expect(share).toBeLessThan(0.01);

      // CSV: header lines with source, licence and permalink, then exactly the data's values.
      const csvDownload = await download(page, frame, "CSV data");
      expect(csvDownload.suggestedFilename()).toBe(`${c.stem}.csv`);
      const csv = (await saved(csvDownload)).toString("utf8");
      const lines = csv.trimEnd().split("\r\n");
      const comments = lines.filter((l) => l.startsWith("#"));
      const manifest = readJson("manifest.json") as { sources: { name: string; licence: string }[] };
      const licence = manifest.sources.find((s) => s.name === sourceName)?.licence;
      expect(comments.join("\n")).toContain(`# Source: ${sourceName}`);
      expect(comments.join("\n")).toContain(`licence: ${licence}`);
      expect(comments.join("\n")).toMatch(new RegExp(`# Permalink: http.*${c.frameId}`));
      const [, ...data] = lines.filter((l) => !l.startsWith("#"));
      expect(data.map((l) => l.split(","))).toEqual(c.expectedRows());
    });
  }

  test("the menu works from the keyboard and the dark and transparent PNGs differ as they should", async ({
    page,
  }) => {
    await openApp(page, EXPORT_CASES[0]!.search);
    const frame = page.locator("#losses-equipment");
    const button = frame.getByRole("button", { name: "Download" });
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = frame.getByRole("menu", { name: "Download and share" });
    await expect(menu).toBeVisible();
    await expect(frame.getByRole("menuitemradio", { name: "Light image" })).toBeFocused();
    await page.keyboard.press("End");
    await expect(frame.getByRole("menuitem", { name: "Embed" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(frame.getByRole("menuitemradio", { name: "Light image" })).toBeFocused();
    await page.screenshot({ path: test.info().outputPath("menu.png") });
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    // Dark image, chosen with the keyboard: its corner is the dark page background.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(frame.getByRole("menuitemradio", { name: "Dark image" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(frame.getByRole("menuitemradio", { name: "Dark image" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    const dark = PNG.sync.read(await saved(await download(page, frame, "PNG image (2×)")));
    const bg = await page.evaluate(() => {
      document.documentElement.dataset.theme = "dark";
      const v = getComputedStyle(document.body).backgroundColor;
      delete document.documentElement.dataset.theme;
      return v;
    });
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect([...dark.data.subarray(0, 4)]).toEqual([r, g, b, 255]);
    fs.writeFileSync(test.info().outputPath("dark.png"), PNG.sync.write(dark));

    await openMenu(frame);
    await frame.getByRole("menuitemcheckbox", { name: "Transparent background" }).click();
    const clear = await download(page, frame, "PNG image (4×)");
    expect(clear.suggestedFilename()).toMatch(/_4x-dark-transparent\.png$/);
    const clearPng = PNG.sync.read(await saved(clear));
    expect(clearPng.width).toBe(2 * dark.width);
    expect(clearPng.data[3]).toBe(0);
  });

  test("Copy link gives the whole view, and it opens the same view in a new page", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?from=2024-01-01&to=2024-03-31&cats=tank,apc&view=weekly&scale=log");
    const frame = page.locator("#losses-equipment");
    await openMenu(frame);
    await frame.getByRole("menuitem", { name: "Copy link" }).click();
    await expect(frame.getByRole("status")).toHaveText("Link copied to the clipboard");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect(frame.getByLabel("Link to this chart")).toHaveValue(link);
    const subtitle = await frame.locator(".chart-frame__subtitle").textContent();
    const legend = await frame.locator(".chart-frame__legend").textContent();

    const other = await context.newPage();
    await other.goto(link);
    const again = other.locator("#losses-equipment");
    // A second page loads the whole dataset again: be patient on a busy machine.
    await expect(again.locator(".chart-frame__subtitle")).toHaveText(subtitle!, { timeout: 45_000 });
    await expect(again.locator(".chart-frame__legend")).toHaveText(legend!);
    expect(new URL(other.url()).search).toBe(new URL(page.url()).search);
    await expect(other).toHaveTitle(/Russia–Ukraine war in data: 1 Jan\s–\s31 Mar 2024/);
  });

  test("Cite and Embed: a one-line citation, and an iframe that shows only the chart", async ({
    page,
    context,
  }) => {
    await openApp(page, EXPORT_CASES[0]!.search);
    const frame = page.locator("#losses-equipment");
    const title = (await frame.locator(".chart-frame__title").textContent())!.trim();
    await openMenu(frame);
    await frame.getByRole("menuitem", { name: "Cite" }).click();
    const citation = await frame.getByLabel("Citation").inputValue();
    expect(citation).not.toContain("\n");
    expect(citation).toContain(title);
    expect(citation).toContain("General Staff");
    expect(citation).toMatch(/\(accessed \d{1,2} [A-Z][a-z]{2} \d{4}\)\.$/);

    await openMenu(frame);
    await frame.getByRole("menuitem", { name: "Embed" }).click();
    const snippet = await frame.getByLabel("Embed code").inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll("&amp;", "&");
    expect(src).toContain("embed=losses-equipment");

    const embedded = await context.newPage();
    await embedded.goto(src!);
    await expect(embedded.locator("#losses-equipment svg.recharts-surface").first()).toBeVisible({
      timeout: 45_000,
    });
    await expect(embedded.locator("#losses-equipment .chart-frame__foot")).toBeVisible();
    await expect(embedded.getByRole("link", { name: /Open in Russia–Ukraine war in data/ })).toBeVisible();
    // Nothing else: no page header, no range control, no other panel, no download menu.
    await expect(embedded.locator(".site-header")).toBeHidden();
    // Its one h1, for screen readers, is the chart's title.
    await expect(embedded.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(embedded.getByRole("group", { name: "Date range" })).toBeHidden();
    await expect(embedded.getByRole("button", { name: "Download" })).toBeHidden();
    await expect(embedded.getByRole("heading", { name: "Sources", level: 2 })).toBeHidden();
    await expect.poll(() => embedded.title()).toContain(`${title} (`);
  });
});
