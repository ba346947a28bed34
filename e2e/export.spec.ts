// Export and share, as a journalist or analyst uses them: open a chart's Download menu with the
// keyboard, download PNG, SVG and CSV and open the files, copy the link and open it, take the
// embed code and load it. Files are checked the way another program would read them: the PNG
// decoded with pngjs, the SVG rendered outside the browser with resvg, the CSV against the data
// files (expected rows computed here from public/data). Covers the losses chart, each comparison
// panel, the claims ledger, and the map with its sector charts at a preset and a day.
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import type { BrowserContext, Download, Locator, Page } from "@playwright/test";
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

/** RFC 4180 rows (quoted fields may hold commas and doubled quotes). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (csv[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

const text = async (l: Locator) => ((await l.textContent()) ?? "").replace(/\s+/g, " ").trim();
const cell = (v: number | null | undefined) => (v == null ? "" : String(v));

interface FrameFiles {
  frameId: string;
  /** The file-name stem expected for this view. */
  stem: string;
  /** Checks the CSV's data rows (header row first): usually equal to rows computed from public/data. */
  checkRows: (rows: string[][]) => void | Promise<void>;
}

/**
 * Downloads the frame's SVG, 2× PNG and CSV and checks them as another program would read them.
 * Returns the share of pixels that differ between the browser's PNG and resvg's rendering.
 */
async function checkFrameFiles(page: Page, f: FrameFiles): Promise<number> {
  const frame = page.locator(`#${f.frameId}`);
  await frame.scrollIntoViewIfNeeded();
  const title = await text(frame.locator(".chart-frame__title"));
  const subtitle = await text(frame.locator(".chart-frame__subtitle"));
  const footer = await text(frame.locator(".chart-frame__foot"));
  const sources = await frame
    .locator(".chart-frame__foot a")
    .evaluateAll((as) => as.map((a) => ({ name: a.textContent!, url: a.getAttribute("href")! })));
  const search = new URL(page.url()).search.replaceAll("%2C", ",");
  const box = (await frame.boundingBox())!;

  // SVG: plain, self-contained, says what it shows and where it comes from.
  const svgDownload = await download(page, frame, "SVG image");
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^${f.stem}_(light|dark)\\.svg$`));
  const svg = (await saved(svgDownload)).toString("utf8");
  // Parsed outside the page (jsdom), as another program would read the file.
  const parsed = ((markup: string) => {
    const doc = new JSDOM(markup, { contentType: "image/svg+xml" }).window.document;
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
  if (subtitle) expect(allText).toContain(subtitle);
  expect(allText).toContain(footer);
  // The permalink may be cut across lines: compare without the breaks.
  expect(parsed.texts.join("")).toContain(`${search}#${f.frameId}`);
  expect(parsed.width).toBe(Math.round(box.width));

  // PNG at 2×: twice the on-screen figure's width, twice the SVG's height, not blank.
  const pngDownload = await download(page, frame, "PNG image (2×)");
  expect(pngDownload.suggestedFilename()).toMatch(new RegExp(`^${f.stem}_2x-(light|dark)\\.png$`));
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
  await test.info().attach(`${f.frameId}-resvg-vs-browser.txt`, {
    body: `${(share * 100).toFixed(3)}% pixels differ`,
  });
  fs.writeFileSync(test.info().outputPath(`${f.frameId}-browser.png`), PNG.sync.write(png));
  fs.writeFileSync(test.info().outputPath(`${f.frameId}-resvg.png`), rendered.asPng());
  fs.writeFileSync(test.info().outputPath(`${f.frameId}-diff.png`), PNG.sync.write(diff));
  fs.writeFileSync(test.info().outputPath(`${f.frameId}.svg`), svg);
  // Tolerance: at most 1% of pixels differ by more than pixelmatch's 0.2 colour threshold
  // (text anti-aliasing and hinting differ between Skia and resvg; shapes and colours must not).
  expect(share).toBeLessThan(0.01);

  // CSV: header lines with sources, licences and permalink, then exactly the data's values.
  const csvDownload = await download(page, frame, "CSV data");
  expect(csvDownload.suggestedFilename()).toBe(`${f.stem}.csv`);
  const csv = (await saved(csvDownload)).toString("utf8");
  const lines = csv.trimEnd().split("\r\n");
  const comments = lines.filter((l) => l.startsWith("#")).join("\n");
  const manifest = readJson("manifest.json") as { sources: { name: string; url: string; licence: string }[] };
  for (const { name, url } of sources) {
    const licence = manifest.sources.find((s) => s.url === url)!.licence;
    expect(comments).toContain(`# Source: ${name}, ${url} (licence: ${licence})`);
  }
  expect(comments).toContain(`# Permalink: ${new URL(page.url()).origin}/${search}#${f.frameId}`);
  await f.checkRows(parseCsv(`${lines.filter((l) => !l.startsWith("#")).join("\r\n")}\r\n`));
  return share;
}

/** "Copy link", then the link opened in a new page: `same` checks that page shows the same view. */
async function copyLinkRoundtrip(
  page: Page,
  context: BrowserContext,
  frameId: string,
  same: (other: Page) => Promise<void>,
) {
  const frame = page.locator(`#${frameId}`);
  await openMenu(frame);
  await frame.getByRole("menuitem", { name: "Copy link" }).click();
  await expect(frame.getByRole("status")).toHaveText("Link copied to the clipboard");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`#${frameId}$`));
  const other = await context.newPage();
  await other.goto(link);
  const again = other.locator(`#${frameId}`);
  // A second page loads the whole dataset again: be patient on a busy machine. The frame was not
  // in the page when it loaded (lazy sections): the link itself must make the page mount it.
  await expect(again.locator(".chart-frame__title")).toHaveText(
    await text(frame.locator(".chart-frame__title")),
    {
      timeout: 60_000,
    },
  );
  expect(new URL(other.url()).search).toBe(new URL(page.url()).search);
  await same(other);
  await other.close();
}

interface LossesCase {
  name: string;
  search: string;
  frameId: string;
  stem: string;
  /** The CSV's data rows, computed from public/data. */
  expectedRows: () => string[][];
}

const LOSSES_CASES: LossesCase[] = [
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

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON of the built files */
const oryx = (): any => readJson("oryx.json");
const territory = (): any => readJson("territory.json");
const claims = (): any => readJson("claims.json");

const FROM = "2023-06-04";
const TO = "2023-11-30";
const inRange = (d: string) => d >= FROM && d <= TO;
const dataRows = (rows: string[][]) => rows.slice(1);

/** Every day from FROM to TO. */
function days(): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${FROM}T00:00:00Z`); t <= Date.parse(`${TO}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The dashboard on the range, scrolled to a comparison panel (the section mounts when near). */
async function openPanel(page: Page, panelId: string) {
  await openApp(page, `?from=${FROM}&to=${TO}`);
  await page.locator("#comparison").scrollIntoViewIfNeeded();
  await page.locator(`#${panelId}`).scrollIntoViewIfNeeded();
}

/** One line per panel so the report can state the tolerance measured. */
function report(name: string, share: number) {
  console.log(`resvg vs browser, ${name}: ${(share * 100).toFixed(3)}% of pixels differ`);
}

test.describe("export and share", () => {
  // Each test loads the dashboard and renders several files; on a shared 2-core machine that
  // takes most of the default minute (nothing here measures speed).
  test.slow();
  for (const c of LOSSES_CASES) {
    test(`${c.name}: PNG, SVG and CSV stand on their own and match the screen and the data`, async ({
      page,
    }) => {
      await openApp(page, c.search);
      await expect(page.locator(`#${c.frameId} svg.losses-surface`).first()).toBeVisible();
      const share = await checkFrameFiles(page, {
        frameId: c.frameId,
        stem: c.stem,
        checkRows: (rows) => expect(dataRows(rows)).toEqual(c.expectedRows()),
      });
      report(c.name, share);
    });
  }

  test.describe("comparison panels", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("claimed vs confirmed: files match the data, the link brings the view back", async ({
      page,
      context,
    }) => {
      await openPanel(page, "cmp-claimed");
      const frameId = "claimed-vs-confirmed-tank";
      // Drawn: the chart has at least one line.
      await expect(page.locator(`#${frameId} .cmp-chart svg path[d^="M"]`).first()).toBeVisible();
      // Oryx's snapshot days in the range on which both sources have a value.
      const gs = (readJson("losses.json") as LossesJson).generalStaff;
      const o = oryx();
      const types: string[] = o.mapping.find((m: any) => m.generalStaff === "tank").oryx;
      const expected = o.dates.flatMap((d: string, i: number) => {
        const claimed = gs.cumulative.tank?.[gs.dates.indexOf(d)];
        const parts = types.map((t) => o.countries.russia[t].total[i] as number | null);
        if (!inRange(d) || claimed == null || parts.some((v) => v == null)) return [];
        return [[d, String(claimed), String(parts.reduce((a, b) => a! + b!, 0))]];
      });
      expect(expected.length).toBeGreaterThan(20);
      const share = await checkFrameFiles(page, {
        frameId,
        stem: `tank-claimed-general-staff-vs-confirmed-oryx_${FROM}_${TO}`,
        checkRows: (rows) => {
          expect(rows[0]).toEqual([
            "date",
            "Claimed (General Staff) (tanks, cumulative)",
            "Confirmed, at least (Oryx) (tanks, cumulative)",
          ]);
          expect(dataRows(rows)).toEqual(expected);
        },
      });
      report("claimed vs confirmed", share);
      await copyLinkRoundtrip(page, context, frameId, async (other) => {
        await expect(other.locator(`#${frameId} .chart-frame__subtitle`)).toHaveText(
          await text(page.locator(`#${frameId} .chart-frame__subtitle`)),
        );
      });
    });

    test("Russia vs Ukraine: files match the data, the link brings the chosen type back", async ({
      page,
      context,
    }) => {
      await openPanel(page, "cmp-sides");
      // Chosen on the page, so the link must carry it.
      await page
        .getByRole("combobox", { name: "Equipment type" })
        .selectOption({ label: "Armoured personnel carriers" });
      const frameId = "russia-vs-ukraine-apc";
      // Drawn: the chart has at least one line.
      await expect(page.locator(`#${frameId} .cmp-chart svg path[d^="M"]`).first()).toBeVisible();
      const o = oryx();
      const expected = o.dates.flatMap((d: string, i: number) => {
        const ru = o.countries.russia.apc.total[i];
        const ua = o.countries.ukraine.apc.total[i];
        return inRange(d) && ru != null && ua != null ? [[d, String(ru), String(ua)]] : [];
      });
      expect(expected.length).toBeGreaterThan(20);
      const share = await checkFrameFiles(page, {
        frameId,
        stem: `apc-russia-vs-ukraine-confirmed-oryx_${FROM}_${TO}`,
        checkRows: (rows) => expect(dataRows(rows)).toEqual(expected),
      });
      report("Russia vs Ukraine", share);
      await copyLinkRoundtrip(page, context, frameId, async (other) => {
        await expect(other.getByRole("combobox", { name: "Equipment type" })).toHaveValue("apc");
      });
    });

    test("DeepState vs NZZ: files match the like-for-like series, the link brings the definition back", async ({
      page,
      context,
    }) => {
      await openPanel(page, "cmp-territory");
      await page.getByRole("radio", { name: "Since 24 Feb 2022" }).check();
      const frameId = "territory-since2022";
      // Drawn: the chart has at least one line.
      await expect(page.locator(`#${frameId} .cmp-chart svg path[d^="M"]`).first()).toBeVisible();
      const t = territory();
      const value = (src: "deepstate" | "nzz", d: string) =>
        cell(t.likeForLike[src].since2022Km2[t[src].dates.indexOf(d)]);
      const expected = days().map((d) => [d, value("deepstate", d), value("nzz", d)]);
      const share = await checkFrameFiles(page, {
        frameId,
        stem: `russian-held-area-deepstate-vs-nzz-since2022_${FROM}_${TO}`,
        checkRows: (rows) => expect(dataRows(rows)).toEqual(expected),
      });
      report("DeepState vs NZZ", share);
      await copyLinkRoundtrip(page, context, frameId, async (other) => {
        await expect(other.getByRole("radio", { name: "Since 24 Feb 2022" })).toBeChecked();
      });
    });

    test("claims ledger: one CSV row per reading with the quoted figure, the data's and the verdict", async ({
      page,
      context,
    }) => {
      await openPanel(page, "cmp-ledger");
      const frameId = "claims-ledger";
      await expect(page.locator(`#${frameId} .cmp-claim`).first()).toBeVisible();
      const gs = (readJson("losses.json") as LossesJson).generalStaff;
      const o = oryx();
      const gsAt = (cat: string, d: string) => gs.cumulative[cat]![gs.dates.indexOf(d)]!;
      /** The data's figure where it is one read (or one subtraction) away, else null. */
      const simple = (check: any): number | null => {
        if (check.kind === "generalStaffTotal") return gsAt(check.category, check.asOf);
        if (check.kind === "generalStaffChange")
          return gsAt(check.category, check.to) - gsAt(check.category, check.baseline);
        if (check.kind === "oryxTotal" && o.dates.includes(check.asOf))
          return o.countries[check.country][check.type].total[o.dates.indexOf(check.asOf)];
        return null;
      };
      const all = claims().claims as any[];
      const dates = all.map((c) => c.date).sort();
      const share = await checkFrameFiles(page, {
        frameId,
        stem: `claims-ledger-checked-against-general-staff-oryx-deepstate-nzz_${dates[0]}_${dates.at(-1)}`,
        checkRows: async (rows) => {
          const [header, ...body] = rows;
          const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
          const readings = all.flatMap((c) => c.readings.map((r: any) => ({ c, r })));
          expect(body).toHaveLength(readings.length);
          let computed = 0;
          for (const [k, { c, r }] of readings.entries()) {
            const row = body[k]!;
            expect([col(row, "claim date"), col(row, "who"), col(row, "claim"), col(row, "reading")]).toEqual(
              [c.date, c.who, c.quote, r.label],
            );
            expect([col(row, "citation URL"), col(row, "primary source URL")]).toEqual([
              c.reportedBy.url,
              c.primary?.url ?? "",
            ]);
            expect(col(row, "quoted figure")).toBe(cell(r.check.claimed));
            const figure = col(row, "data figure");
            const expected = simple(r.check);
            if (expected !== null) {
              expect(figure).toBe(String(expected));
              computed++;
            } else {
              // Read with a tolerance or summed over days: the figure the ledger shows on screen.
              const shown = page.locator(`[data-claim="${c.id}"] tr[data-reading="${r.label}"] .cmp-figure`);
              // (A place reading shows the first day held; its CSV figure is the days after the claim.)
              if (figure && r.check.kind !== "placeHeld")
                expect(Number((await shown.textContent())!.replace(/[^\d.]/g, ""))).toBe(Number(figure));
            }
            // The verdict is the one on screen: a verdict against the statement's own source, or
            // context against another.
            const onScreen = page.locator(`[data-claim="${c.id}"] tr[data-reading="${r.label}"]`);
            const role = await onScreen.getAttribute("data-role");
            expect(col(row, "reading kind")).toBe(
              role === "verdict" ? "own source: verdict" : "another source: context",
            );
            const kind = await onScreen.locator(".cmp-verdict").getAttribute("class");
            const verdict = kind!.includes("--match")
              ? "matches"
              : kind!.includes("--differs")
                ? "differs"
                : kind!.includes("--context")
                  ? "context (another source)"
                  : "not checkable";
            expect(col(row, "verdict")).toBe(verdict);
          }
          expect(computed).toBeGreaterThanOrEqual(8);
        },
      });
      report("claims ledger", share);
      await copyLinkRoundtrip(page, context, frameId, async () => {});
    });
  });

  test("the map at a sector preset and a chosen day: the map and both sector charts export what they show", async ({
    page,
    context,
  }) => {
    // The map parses a few MB of geometry: on a shared two-core box it can need minutes.
    test.setTimeout(480_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, `?from=${FROM}&to=${TO}`);
    await page.locator("#map").scrollIntoViewIfNeeded();
    await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 60_000 });
    // As a reader does it: the preset, then the slider ten days back with the keyboard.
    await page.getByRole("radio", { name: "Bakhmut", exact: true }).check();
    const slider = page.getByRole("slider", { name: /Day shown/ });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
    const day = "2023-11-20";
    await expect(page.getByTestId("map-day")).toHaveText("20 Nov 2023");
    await expect.poll(() => new URL(page.url()).searchParams.get("day")).toBe(day);
    const values = page.locator(".map-legend .map-legend__value");
    await expect(values.first()).toHaveText(/km²/, { timeout: 60_000 });
    await expect(values.filter({ hasText: "measuring" })).toHaveCount(0, { timeout: 60_000 });

    const t = territory();
    const sector = (src: "deepstate" | "nzz") => t[src].sectors.bakhmut;
    const at = (src: "deepstate" | "nzz", d: string) => t[src].dates.indexOf(d);

    // The map: the km² of each legend layer on the day, as the legend shows them.
    const legend = await values.allTextContents();
    const mapShare = await checkFrameFiles(page, {
      frameId: "front-line-map",
      stem: `front-line-map-deepstate-the-bakhmut-box_${FROM}_${day}`,
      checkRows: (rows) => {
        const body = dataRows(rows);
        expect(body).toHaveLength(legend.length);
        body.forEach((row, k) => {
          // No box drawn: its four columns are empty.
          expect(row.slice(2)).toEqual(["DeepState", "the Bakhmut box", FROM, day, "", "", "", ""]);
          // The legend rounds the drawn layers to 1 km² and the series' sums to 0.1 km².
          expect(Math.abs(Number(row[1]) - Number(legend[k]!.replace(/[^\d.]/g, "")))).toBeLessThanOrEqual(
            0.5,
          );
        });
        // The held area agrees with the pipeline's own sector series within 1 %.
        const held = Number(body.find((r) => r[0]!.startsWith("All Russian-held on"))![1]);
        const pipeline = sector("deepstate").occupiedKm2[at("deepstate", day)];
        expect(Math.abs(held - pipeline)).toBeLessThanOrEqual(0.01 * pipeline);
      },
    });
    report("map, Bakhmut", mapShare);

    // Held km² per day in the box, both sources, straight from territory.json.
    const occupied = (src: "deepstate" | "nzz", d: string) => cell(sector(src).occupiedKm2[at(src, d)]);
    const occShare = await checkFrameFiles(page, {
      frameId: "map-occupied-bakhmut",
      stem: `russian-held-area-bakhmut-deepstate-nzz_${FROM}_${TO}`,
      checkRows: (rows) =>
        expect(dataRows(rows)).toEqual(days().map((d) => [d, occupied("deepstate", d), occupied("nzz", d)])),
    });
    report("map sector chart, held area", occShare);

    // Per Monday-to-Sunday week, cut by the range: sums of the day-to-day km² each side took.
    const weekSum = (src: "deepstate" | "nzz", key: "gainedKm2" | "lostKm2", week: string[]) => {
      const vs = week
        .map((d): number | null => sector(src)[key][at(src, d)] ?? null)
        .filter((v) => v !== null);
      return vs.length
        ? cell(Math.round(Math.abs(vs.reduce((a: number, b: number) => a + b, 0)) * 10) / 10)
        : "";
    };
    const all = days();
    const weeks: string[][] = [];
    for (const d of all)
      if (weeks.length === 0 || new Date(`${d}T00:00:00Z`).getUTCDay() === 1) weeks.push([d]);
      else weeks.at(-1)!.push(d);
    const weekShare = await checkFrameFiles(page, {
      frameId: "map-weekly-bakhmut",
      stem: `km2-taken-per-week-bakhmut-deepstate-nzz_${FROM}_${TO}`,
      checkRows: (rows) =>
        expect(dataRows(rows)).toEqual(
          weeks.map((w) => [
            w[0]!,
            w.at(-1)!,
            String(w.length),
            weekSum("deepstate", "gainedKm2", w),
            weekSum("deepstate", "lostKm2", w),
            weekSum("nzz", "gainedKm2", w),
            weekSum("nzz", "lostKm2", w),
          ]),
        ),
    });
    report("map sector chart, weekly", weekShare);

    // The link brings back the same preset, day and source.
    await copyLinkRoundtrip(page, context, "front-line-map", async (other) => {
      await expect(other.getByRole("radio", { name: "Bakhmut", exact: true })).toBeChecked();
      await expect(other.getByRole("radio", { name: "DeepState", exact: true })).toBeChecked();
      await expect(other.getByTestId("map-day")).toHaveText("20 Nov 2023");
    });
  });

  test("the menu works from the keyboard and the dark and transparent PNGs differ as they should", async ({
    page,
  }) => {
    await openApp(page, LOSSES_CASES[0]!.search);
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
    await openApp(page, LOSSES_CASES[0]!.search);
    const frame = page.locator("#losses-equipment");
    const title = (await frame.locator(".chart-frame__title").textContent())!.trim();
    await openMenu(frame);
    await frame.getByRole("menuitem", { name: "Cite" }).click();
    const citation = await frame.getByLabel("Citation").inputValue();
    expect(citation).not.toContain("\n");
    expect(citation).toContain(title);
    expect(citation).toContain("General Staff");
    // APA style, dated by the data's last day, the same day the footer gives.
    const dataTo = (await frame.locator(".chart-frame__data-to").textContent())!.replace(/\.$/, "");
    expect(citation).toMatch(
      new RegExp(
        `^Russia–Ukraine war in data\\. \\(${dataTo.slice(-4)}\\)\\. .+ \\[Data set; data to ${dataTo}; sources: .+\\]\\. Retrieved \\d{1,2} [A-Z][a-z]{2} \\d{4}, from http://127\\.0\\.0\\.1:\\d+/\\?.+#losses-equipment$`,
      ),
    );

    await openMenu(frame);
    await frame.getByRole("menuitem", { name: "Embed" }).click();
    const snippet = await frame.getByLabel("Embed code").inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll("&amp;", "&");
    expect(src).toContain("embed=losses-equipment");

    const embedded = await context.newPage();
    await embedded.goto(src!);
    await expect(embedded.locator("#losses-equipment svg.losses-surface").first()).toBeVisible({
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
