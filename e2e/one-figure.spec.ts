// One figure, one meaning: the same question asked of two panels gets the same answer on screen.
// A ledger reading's link opens a view whose KPI and title show the ledger's figure, and Back
// returns to the ledger row; for a set of windows, the map's legend, its weekly bars and the
// comparison's weekly bars show the same km², and the map's held-area chart and the comparison's
// territory chart the same held area. Every figure is read from the screen (text, titles, data
// tables), never recomputed here: the test compares panels with one another.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";

test.use({ locale: "en-GB" });
// The map parses a few MB of geometry: on a shared two-core box a test can need minutes.
test.describe.configure({ timeout: 240_000 });

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON of the built file */
const claims: any = JSON.parse(readFileSync(new URL("../public/data/claims.json", import.meta.url), "utf8"));

/** "4,210", "10.4 km²", "–": the figure in a text, or null without one. */
const figureIn = (text: string): number | null => {
  const m = /-?[\d,]+(\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, "")) : null;
};

/** The ledger row of a reading, found by its claim and label. */
const ledgerRow = (page: Page, claimId: string, label: string) =>
  page.locator(`#cmp-ledger [data-claim="${claimId}"] tr[data-reading="${label}"]`);

async function openLedgerRow(page: Page, claimId: string, label: string): Promise<Locator> {
  await openApp(page);
  await page.locator("#comparison").scrollIntoViewIfNeeded();
  const row = ledgerRow(page, claimId, label);
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeInViewport();
  return row;
}

/** Opens a data table under a chart and gives its body rows' cells as texts. */
async function tableRows(frame: Locator): Promise<string[][]> {
  await frame.scrollIntoViewIfNeeded();
  await frame.locator("summary", { hasText: "Data table" }).click();
  const region = frame.getByRole("region", { name: /^Data table/ });
  await expect(region.locator("tbody tr").first()).toBeVisible();
  return region
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
}

/** A data table's columns by header name. */
async function columnIndex(frame: Locator, name: string): Promise<number> {
  const headers = await frame
    .getByRole("region", { name: /^Data table/ })
    .locator("thead th")
    .allTextContents();
  const i = headers.indexOf(name);
  expect(i, `column "${name}" in ${headers.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return i;
}

// Every General Staff change the ledger checks, by claim and reading label, from claims.json.
const gsChanges: { claimId: string; label: string; category: string }[] = claims.claims.flatMap((c: any) =>
  c.readings
    .filter((r: any) => r.check.kind === "generalStaffChange")
    .map((r: any) => ({ claimId: c.id, label: r.label, category: r.check.category })),
);

test.describe("a ledger link opens the view that shows the ledger's figure, and Back returns to it", () => {
  for (const { claimId, label, category } of gsChanges)
    test(`${claimId}: ${label}`, async ({ page }) => {
      const row = await openLedgerRow(page, claimId, label);
      const link = row.getByRole("link", { name: /^General Staff:/ });
      const ledgerFigure = figureIn((await link.innerText()).replace(/^General Staff:/, ""));
      expect(ledgerFigure).not.toBeNull();
      // The window the row states is the one the link opens.
      const windowText = await row.locator("[data-window]").innerText();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`cats=${category}#losses$`));
      const kpi = page.locator('[data-kpi="in-range"]');
      await expect(kpi).toHaveCount(1);
      await expect(kpi).toHaveText(/\d/);
      expect(figureIn(await kpi.innerText())).toBe(ledgerFigure);
      const when = await page.locator(".losses-kpi__when").innerText();
      expect(windowText).toContain(when.replace(/^in /, ""));
      const title = page.locator("#losses figure h3", { hasText: / lost / }).first();
      expect(figureIn((await title.innerText()).replace(/^.* lost /, ""))).toBe(ledgerFigure);

      await page.goBack();
      await expect(ledgerRow(page, claimId, label)).toBeInViewport({ timeout: 30_000 });
    });

  // Oryx's change readings open its cumulative charts, whose titles give the range's change.
  const oryxChanges: { claimId: string; label: string; country: string }[] = claims.claims.flatMap((c: any) =>
    c.readings
      .filter((r: any) => r.check.kind === "oryxChange")
      .map((r: any) => ({ claimId: c.id, label: r.label, country: r.check.country })),
  );
  for (const { claimId, label, country } of oryxChanges)
    test(`${claimId}: ${label} (Oryx)`, async ({ page }) => {
      const row = await openLedgerRow(page, claimId, label);
      const link = row.getByRole("link", { name: /^Oryx:/ });
      const ledgerFigure = figureIn((await link.innerText()).replace(/^Oryx:/, ""));
      expect(ledgerFigure).not.toBeNull();
      await link.click();
      const russia = country === "russia";
      await expect(page).toHaveURL(russia ? /#cmp-claimed$/ : /#cmp-sides$/);
      const title = page.locator(
        russia ? "figure[id^=claimed-vs-confirmed-] h3" : "figure[id^=russia-vs-ukraine-] h3",
      );
      await expect(title).toContainText("in this range");
      const text = await title.innerText();
      const inRange = russia
        ? /in this range .* at least \+([\d,]+) confirmed/.exec(text)
        : /in this range Russia at least [+−-]?[\d,]+, Ukraine at least \+([\d,]+)/.exec(text);
      expect(inRange, text).not.toBeNull();
      expect(figureIn(inRange![1]!)).toBe(ledgerFigure);

      await page.goBack();
      await expect(ledgerRow(page, claimId, label)).toBeInViewport({ timeout: 30_000 });
    });

  test("a territory reading opens the map, whose title, legend and weekly bars show the ledger's km²", async ({
    page,
  }) => {
    const claim = claims.claims.find((c: any) =>
      c.readings.some((r: any) => r.check.kind === "territoryAdvance" && r.check.sector === "zaporizhzhia"),
    );
    const reading = claim.readings.find(
      (r: any) => r.check.kind === "territoryAdvance" && r.check.source === "deepstate",
    );
    const row = await openLedgerRow(page, claim.id, reading.label);
    await expect(row.locator("[data-box]")).toContainText("Why this box and window:");
    const link = row.getByRole("link", { name: /^DeepState:/ });
    const ledgerFigure = figureIn((await link.innerText()).replace(/^DeepState:/, ""));
    await link.click();
    await expect(page).toHaveURL(/map=zaporizhzhia#map$/);
    const retaken = page.locator('.map-legend [data-legend="ukr-added"] .map-legend__value');
    await expect(retaken).toHaveText(/km²/, { timeout: 60_000 });
    expect(figureIn(await retaken.innerText())).toBe(ledgerFigure);
    const weekly = page.locator("figure#map-weekly-zaporizhzhia h3");
    expect(figureIn((await weekly.innerText()).replace(/^.* \/ Ukraine /, ""))).toBe(ledgerFigure);
    const mapTitle = page.locator("figure#front-line-map h3");
    expect(figureIn((await mapTitle.innerText()).replace(/^.*Ukraine retook /, ""))).toBe(ledgerFigure);

    await page.goBack();
    await expect(ledgerRow(page, claim.id, reading.label)).toBeInViewport({ timeout: 30_000 });
  });
});

/** The windows every panel must agree on: from, to (both days included). */
const WINDOWS: [string, string, string][] = [
  ["the seed's week (since the 18 Jul 2023 report)", "2023-07-19", "2023-07-25"],
  ["the 2023 counteroffensive", "2023-06-04", "2023-11-30"],
  ["March 2024", "2024-03-01", "2024-03-31"],
  ["a Monday-to-Sunday week", "2023-07-17", "2023-07-23"],
  ["an off-week range (Wednesday to Tuesday)", "2023-07-19", "2023-08-01"],
  ["across NZZ's coastal-strip redraw", "2023-05-15", "2023-05-31"],
];

test.describe("the map and the comparison show the same figures for a window", () => {
  for (const [name, from, to] of WINDOWS)
    test(name, async ({ page }) => {
      await openApp(page, `?from=${from}&to=${to}`);
      await page.locator("#map").scrollIntoViewIfNeeded();
      // The map's legend: the days' changes added up, DeepState, all of Ukraine.
      const legend = (id: string) => page.locator(`.map-legend [data-legend="${id}"] .map-legend__value`);
      await expect(legend("ukr-added")).toHaveText(/km²/, { timeout: 60_000 });
      const legendRu = figureIn(await legend("ru-added").innerText());
      const legendUkr = figureIn(await legend("ukr-added").innerText());

      // The weekly bars beside the map: their title's totals, and their weeks.
      const mapWeekly = page.locator("figure#map-weekly-all");
      const weeklyTitle = await mapWeekly.locator("h3").innerText();
      const perDs = /Russia ([\d,.]+) km² \/ Ukraine ([\d,.]+) km² per DeepState/.exec(weeklyTitle);
      expect(perDs, weeklyTitle).not.toBeNull();
      expect([figureIn(perDs![1]!), figureIn(perDs![2]!)]).toEqual([legendRu, legendUkr]);
      const mapWeeks = await tableRows(mapWeekly);
      const mapCols = await Promise.all(
        [
          "week from",
          "week to",
          "Russia took, DeepState (km²)",
          "Ukraine took, DeepState (km²)",
          "Russia took, NZZ (km²)",
          "Ukraine took, NZZ (km²)",
        ].map((c) => columnIndex(mapWeekly, c)),
      );

      // The held-area chart beside the map, on the window's last day.
      const mapHeld = page.locator("figure#map-occupied-all");
      const mapHeldRows = await tableRows(mapHeld);
      const mapHeldCols = await Promise.all(
        ["DeepState (km²)", "NZZ / liveuamap (km²)"].map((c) => columnIndex(mapHeld, c)),
      );
      const heldOnTo = mapHeldRows.find((r) => r[0] === to);
      expect(heldOnTo, `the map's held-area table has ${to}`).toBeDefined();

      // The comparison's weekly bars: the same weeks and km², DeepState and NZZ (like for like on
      // both, the map's default and the comparison's weekly rule).
      const cmpWeekly = page.locator("figure#territory-weekly-change");
      const cmpWeeks = await tableRows(cmpWeekly);
      const cmpCols = await Promise.all(
        [
          "week from",
          "week to",
          "DeepState: taken by Russia (km²)",
          "DeepState: retaken by Ukraine (km²)",
          "NZZ: taken by Russia (km²)",
          "NZZ: retaken by Ukraine (km²)",
        ].map((c) => columnIndex(cmpWeekly, c)),
      );
      const pick = (rows: string[][], cols: number[]) => rows.map((r) => cols.map((c) => r[c]));
      expect(pick(cmpWeeks, cmpCols)).toEqual(pick(mapWeeks, mapCols));
      // The weeks are Monday-based and cut by the window: the first starts on its first day.
      expect(mapWeeks[0]![mapCols[0]!]).toBe(from);
      expect(mapWeeks.at(-1)![mapCols[1]!]).toBe(to);

      // The comparison's territory chart (its default: all Russian-held, NZZ like for like, as the
      // map draws it) on the same day, both sources.
      const cmpHeld = page.locator("figure#territory-all");
      const cmpHeldRows = await tableRows(cmpHeld);
      const cmpHeldCols = await Promise.all(
        ["DeepState (km²)", "NZZ (like for like) (km²)"].map((c) => columnIndex(cmpHeld, c)),
      );
      const cmpOnTo = cmpHeldRows.find((r) => r[0] === to);
      expect(cmpOnTo, `the comparison's table has ${to}`).toBeDefined();
      expect(cmpHeldCols.map((c) => figureIn(cmpOnTo![c]!))).toEqual(
        mapHeldCols.map((c) => figureIn(heldOnTo![c]!)),
      );
    });
});
