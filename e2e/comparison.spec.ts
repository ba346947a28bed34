// The "Claims vs confirmed" section as a reader uses it: the claims ledger's verdicts, the charts
// following the global range, hovering for both sources' values, the territory series with one
// definition for both sources, and no accessibility violations. Expected values are computed here
// from the built public/data files, never typed.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, rangeInputs, searchParams, test } from "./helpers";

test.use({ locale: "en-GB" });

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON of the built files */
const data = (file: string): any =>
  JSON.parse(readFileSync(new URL(`../public/data/${file}`, import.meta.url), "utf8"));
const losses = data("losses.json");
const oryx = data("oryx.json");
const territory = data("territory.json");
const claims = data("claims.json");

const num = (n: number, digits = 0) =>
  new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(n);
const day = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
const dayRange = (from: string, to: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));

const gsAt = (category: string, date: string): number =>
  losses.generalStaff.cumulative[category][losses.generalStaff.dates.indexOf(date)];
const oryxAt = (country: string, type: string, date: string): number =>
  oryx.countries[country][type].total[oryx.dates.indexOf(date)];

async function openSection(page: Page, search: string) {
  await openApp(page, search);
  const section = page.locator("#comparison");
  await section.scrollIntoViewIfNeeded();
  return section;
}

test("the ledger gives verdicts against a statement's own source and context against another", async ({
  page,
}) => {
  const section = await openSection(page, "");
  const sourceOf = (check: any) =>
    check.kind === "territoryAdvance"
      ? check.source
      : check.kind === "placeHeld"
        ? check.source === "nzz"
          ? "nzz"
          : "deepstate"
        : check.kind.startsWith("oryx")
          ? "oryx"
          : "generalStaff";
  let verdicts = 0;
  let contexts = 0;
  for (const claim of claims.claims) {
    const card = section.locator(`[data-claim="${claim.id}"]`);
    await expect(card).toContainText(claim.quote);
    for (const reading of claim.readings) {
      const row = card.locator(`tr[data-reading="${reading.label}"]`);
      const own = claim.verdictSource !== null && sourceOf(reading.check) === claim.verdictSource;
      await expect(row).toHaveAttribute("data-role", own ? "verdict" : "context");
      // Another source's figure is context ("Oryx documents at least …"), never a "differs".
      if (own) {
        await expect(row.locator(".cmp-verdict")).toHaveText(/^(✓ Matches|≠ Differs|\? Not checkable)/);
        verdicts++;
      } else {
        await expect(row.locator(".cmp-verdict")).toHaveText(/^(→ Context: |\? Not checkable)/);
        contexts++;
      }
    }
  }
  expect(verdicts).toBeGreaterThan(0);
  expect(contexts).toBeGreaterThan(0);
  // The headline counts the verdicts only, and says how many readings are context.
  const verdictRows = section.locator('tr[data-role="verdict"]');
  const matches = await verdictRows.locator(".cmp-verdict--match").count();
  const differs = await verdictRows.locator(".cmp-verdict--differs").count();
  await expect(section.locator("figure#claims-ledger h3")).toHaveText(
    `${claims.claims.length} statements, ${verdicts + contexts} readings: ${matches} match the statement’s own source, ${differs} differ; ${contexts} give another source’s figure as context; 0 not checkable`,
  );

  // A change's window starts the day after its baseline, and says so; the arithmetic subtracts
  // the baseline's total.
  const week = claims.claims.find((c: any) => c.id === "gs-2023-07-25-tanks-week");
  const check = week.readings[0].check;
  const row = section.locator(`[data-claim="${week.id}"] tr[data-reading="${week.readings[0].label}"]`);
  const next = new Date(Date.parse(`${check.baseline}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await expect(row.locator("[data-window]")).toHaveText(
    ` · ${dayRange(next, check.to)}, i.e. since the ${day(check.baseline)} report`,
  );
  await row.getByText("Arithmetic").click();
  await expect(row).toContainText(
    `${num(gsAt("tank", check.to))} (${day(check.to)}) − ${num(gsAt("tank", check.baseline))} (${day(check.baseline)})`,
  );
});

/** The title's "in this range" part: the change after the day before `from`, Oryx on its snapshots (at most 3 days early). */
function rangeChange(from: string, to: string): string {
  const before = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const snapshotOn = (d: string) => [...oryx.dates].reverse().find((x: string) => x <= d) as string;
  const [start, end] = [snapshotOn(before), snapshotOn(to)];
  const signed = (n: number) => (n > 0 ? `+${num(n)}` : num(n));
  const claimed = gsAt("tank", to) - gsAt("tank", before);
  const confirmed = oryxAt("russia", "tanks", end) - oryxAt("russia", "tanks", start);
  return `in this range ${signed(claimed)} claimed, at least ${signed(confirmed)} confirmed (Oryx snapshots ${day(start)} → ${day(end)})`;
}

test("the claimed-vs-confirmed chart follows a preset of the global range", async ({ page }) => {
  const section = await openSection(page, "");
  await page.getByRole("button", { name: "2023 counteroffensive" }).click();
  await expect.poll(() => searchParams(page).get("to")).not.toBeNull();
  const to = searchParams(page).get("to")!;
  const from = searchParams(page).get("from")!;
  // The last Oryx snapshot inside the range, and both sources' tank counts that day.
  const lastOryx = [...oryx.dates].reverse().find((d: string) => d >= from && d <= to);
  const frame = section.locator("figure#claimed-vs-confirmed-tank");
  await expect(frame.locator("h3")).toHaveText(
    `${day(lastOryx)}: ${num(gsAt("tank", lastOryx))} tanks claimed, at least ${num(oryxAt("russia", "tanks", lastOryx))} confirmed; ${rangeChange(from, to)}`,
  );
  await expect(frame).toContainText(dayRange(from, to));
  // The chart's text alternative: its data table holds the same figures for that day.
  await frame.getByText("Data table").click();
  const row = frame.getByRole("region", { name: /^Data table/ }).getByRole("row", { name: lastOryx });
  await expect(row.getByRole("cell")).toHaveText([
    num(gsAt("tank", lastOryx)),
    num(oryxAt("russia", "tanks", lastOryx)),
  ]);
});

test("panels out of sight catch up with a range change before the reader scrolls back", async ({ page }) => {
  // The comparison panels draw first (scrolled to), then the reader goes back up and picks a range.
  const section = await openSection(page, "?from=2022-03-01&to=2022-12-31");
  const frame = section.locator("figure#claimed-vs-confirmed-tank");
  await expect(frame.locator("h3")).toContainText("tanks claimed");
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(frame).not.toBeInViewport();
  await page.getByRole("button", { name: "2023 counteroffensive" }).click();
  await expect.poll(() => searchParams(page).get("from")).not.toBe("2022-03-01");
  const from = searchParams(page).get("from")!;
  const to = searchParams(page).get("to")!;
  const lastOryx = [...oryx.dates].reverse().find((d: string) => d >= from && d <= to);
  // Out of sight, the panel redraws after the visible charts, without being scrolled to.
  await expect(frame.locator("h3")).toHaveText(
    `${day(lastOryx)}: ${num(gsAt("tank", lastOryx))} tanks claimed, at least ${num(oryxAt("russia", "tanks", lastOryx))} confirmed; ${rangeChange(from, to)}`,
  );
  await expect(frame).not.toBeInViewport();

  // And the other way: from down here (the filter bar stays at the top), the losses chart follows.
  await frame.scrollIntoViewIfNeeded();
  const equipment = page.locator("#losses-equipment");
  await expect(equipment).not.toBeInViewport();
  // The last year: it ends after the General Staff's last statement, so the chart runs to that.
  await page.getByRole("button", { name: "1 year" }).click();
  await expect.poll(() => searchParams(page).get("from")).not.toBe(from);
  const { from: yearFrom, to: yearTo } = rangeInputs(page);
  const gsLast = losses.generalStaff.dates.at(-1) as string;
  const end = (await yearTo.inputValue()) < gsLast ? await yearTo.inputValue() : gsLast;
  const shown = dayRange(await yearFrom.inputValue(), end);
  await expect(equipment).toContainText(shown);
  await equipment.scrollIntoViewIfNeeded();
  await expect(equipment).toContainText(shown);
});

test("hovering the chart shows both sources' values for that day", async ({ page }) => {
  const section = await openSection(page, "?from=2023-06-04&to=2023-11-30");
  const chart = section.locator("figure#claimed-vs-confirmed-tank .cmp-chart");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  const tooltip = section.getByTestId("cmp-tooltip");
  await expect(tooltip).toBeVisible();
  const shownDay = (await tooltip.locator(".chart-tooltip__date").textContent())!;
  const iso = oryx.dates.find((d: string) => day(d) === shownDay);
  expect(iso, "the tooltip names an Oryx snapshot day").toBeTruthy();
  await expect(tooltip.getByRole("row", { name: /Claimed/ })).toContainText(num(gsAt("tank", iso)));
  await expect(tooltip.getByRole("row", { name: /Confirmed/ })).toContainText(
    num(oryxAt("russia", "tanks", iso)),
  );
});

test("hovering a line chart at a day reads that day's values from both sources", async ({ page }) => {
  // June 2023: both sources have every day, so the plot's 30 days sit evenly from its left to its right.
  const section = await openSection(page, "?from=2023-06-01&to=2023-06-30");
  const lfl = territory.likeForLike;
  const chart = section.locator("figure#territory-all .cmp-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("path.series-chart__line")).toHaveCount(2);
  // The plot starts after the y axis (68 px) and ends 12 px before the edge; 11 June is day 10 of 29.
  const box = (await chart.boundingBox())!;
  const plotWidth = box.width - 68 - 12;
  await page.mouse.move(box.x + 68 + (plotWidth * 10) / 29, box.y + 80);
  const tooltip = section.getByTestId("cmp-tooltip");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText(day("2023-06-11"));
  const ds = lfl.deepstate.allOccupiedKm2[territory.deepstate.dates.indexOf("2023-06-11")];
  const nzz = lfl.nzz.allOccupiedKm2[territory.nzz.dates.indexOf("2023-06-11")];
  await expect(tooltip.getByRole("row", { name: /DeepState/ })).toContainText(num(ds));
  await expect(tooltip.getByRole("row", { name: /NZZ/ })).toContainText(num(nzz));
  const difference = new Intl.NumberFormat("en-GB", { signDisplay: "exceptZero", maximumFractionDigits: 0 });
  await expect(tooltip).toContainText(
    `DeepState − NZZ: ${difference.format(Math.round((ds - nzz) * 10) / 10)} km²`,
  );
  // From the keyboard: the chart takes focus and End reads the last day.
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await chart.getByRole("application").focus();
  await page.keyboard.press("End");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText(day("2023-06-30"));
});

test("a ratio with no value for some days is drawn with a break there, never bridged", async ({ page }) => {
  // Oryx published no snapshot from 3 Mar to 8 Apr 2024, so for a few weeks after that no snapshot
  // lies 30–37 days back and the rolling ratio has no value.
  const from = "2024-01-15";
  const to = "2024-07-31";
  const section = await openSection(page, `?from=${from}&to=${to}&cmpRatio=rolling`);
  const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const snapshots: string[] = oryx.dates;
  const rows = snapshots.filter((d) => d >= from && d <= to);
  const noValue = rows.filter((d) => {
    const back = [...snapshots].reverse().find((e) => dayNo(d) - dayNo(e) >= 30);
    return !back || dayNo(d) - dayNo(back) > 37;
  });
  expect(noValue.length).toBeGreaterThan(0);
  // Stretches of days with a value: the line has one piece per stretch (it also breaks where
  // snapshots are more than a week apart, marked as such).
  const stretches = rows.filter(
    (d, i) =>
      !noValue.includes(d) &&
      (i === 0 || noValue.includes(rows[i - 1]!) || dayNo(d) - dayNo(rows[i - 1]!) > 7),
  );
  expect(stretches.length).toBeGreaterThan(1);
  const chart = section.locator("figure#claim-ratio-tank .cmp-chart");
  await chart.scrollIntoViewIfNeeded();
  const line = chart.locator("path.series-chart__line");
  await expect(line).toHaveAttribute("d", /^M/);
  expect(((await line.getAttribute("d")) ?? "").split("M").length - 1).toBe(stretches.length);

  // Hovering a day in the break says there is no value, and why.
  const gapDay = noValue[Math.floor(noValue.length / 2)]!;
  const box = (await chart.boundingBox())!;
  const plotWidth = box.width - 68 - 12;
  const at = (dayNo(gapDay) - dayNo(rows[0]!)) / (dayNo(rows.at(-1)!) - dayNo(rows[0]!));
  await page.mouse.move(box.x + 68 + plotWidth * at, box.y + 60);
  const tooltip = section.getByTestId("cmp-tooltip");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText(day(gapDay));
  await expect(tooltip.getByRole("row", { name: /Claimed ÷ confirmed/ })).toContainText("no value");
  await expect(tooltip).toContainText("No Oryx snapshot 30–37 days earlier");
});

test("a stretch of weeks without an Oryx snapshot is drawn as a marked gap, not a line", async ({ page }) => {
  const from = "2024-01-15";
  const to = "2024-07-31";
  const section = await openSection(page, `?from=${from}&to=${to}`);
  const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const rows: string[] = oryx.dates.filter((d: string) => d >= from && d <= to);
  // The days without a snapshot between consecutive snapshots more than a week apart.
  const gaps = rows.slice(1).flatMap((d, i) => {
    const days = dayNo(d) - dayNo(rows[i]!) - 1;
    return days >= 7 ? [days] : [];
  });
  expect(gaps.length).toBeGreaterThan(0);
  const frame = section.locator("figure#claimed-vs-confirmed-tank");
  await frame.scrollIntoViewIfNeeded();
  // Each gap is marked (its label drawn where it fits).
  const marked = frame.locator(".series-chart__gap");
  await expect(marked).toHaveCount(gaps.length);
  expect(await marked.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-gap")))).toEqual(
    gaps.map((n) => `no snapshot for ${n} days`),
  );
  const lines = frame.locator("path.series-chart__line");
  await expect(lines).toHaveCount(2);
  for (const d of await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? "")))
    expect(d.split("M").length - 1).toBe(gaps.length + 1);
});

test("the territory chart compares like with like, without NZZ's 2024-03-14 drop", async ({ page }) => {
  const section = await openSection(page, "?from=2024-03-01&to=2024-03-31");
  const lfl = territory.likeForLike;
  const at = (d: string) => territory.nzz.dates.indexOf(d);
  const dsAt = (d: string) => territory.deepstate.dates.indexOf(d);
  // The like-for-like NZZ series moves by less than a flagged jump across the day NZZ changed its map.
  expect(
    Math.abs(lfl.nzz.allOccupiedKm2[at("2024-03-14")] - lfl.nzz.allOccupiedKm2[at("2024-03-13")]),
  ).toBeLessThan(territory.discontinuityThresholdKm2);
  const frame = section.locator("figure#territory-all");
  await expect(frame.locator("h3")).toHaveText(
    `${day("2024-03-31")}: DeepState ${num(lfl.deepstate.allOccupiedKm2[dsAt("2024-03-31")])} km², NZZ ${num(lfl.nzz.allOccupiedKm2[at("2024-03-31")])} km²`,
  );
  // The jump is marked and explained as a change of definition, not fighting.
  await expect(section.locator(".cmp-jumps")).toContainText("a change of definition");
  await section.getByText(/Why NZZ’s published area drops/).click();
  await expect(section.locator(".cmp-explain")).toContainText("No territory changed hands");

  // "As published" still shows NZZ's own series, and the link remembers the choice.
  await section.getByRole("radio", { name: "As published" }).check();
  await expect.poll(() => searchParams(page).get("terrDef")).toBe("published");
  await expect(section.locator("figure#territory-published h3")).toContainText(
    `NZZ ${num(lfl.nzz.asPublishedKm2[at("2024-03-31")])} km²`,
  );
});

test("the weekly bars show the area each source says changed hands, week by week", async ({ page }) => {
  // Four whole weeks, Monday 5 June to Sunday 2 July 2023.
  const section = await openSection(page, "?from=2023-06-05&to=2023-07-02");
  const ds = territory.deepstate;
  const weekSum = (key: "gainedKm2" | "lostKm2", from: string, to: string) =>
    ds.dates.reduce(
      (sum: number, d: string, i: number) => (d >= from && d <= to ? sum + (ds[key][i] ?? 0) : sum),
      0,
    );
  const taken = Math.round(weekSum("gainedKm2", "2023-06-05", "2023-06-11") * 10) / 10;
  const retaken = Math.round(weekSum("lostKm2", "2023-06-05", "2023-06-11") * 10) / 10;

  const chart = section.locator("figure#territory-weekly-change .cmp-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("path.cmp-bars__series")).toHaveCount(4);
  // Hover the first week's bars: the plot starts after the y axis (68 px) and ends 12 px before the edge.
  const box = (await chart.boundingBox())!;
  const band = (box.width - 68 - 12) / 4;
  await page.mouse.move(box.x + 68 + band * 0.5, box.y + 100);
  const card = chart.locator(".chart-tooltip");
  await expect(card.locator(".chart-tooltip__date")).toHaveText(dayRange("2023-06-05", "2023-06-11"));
  await expect(card.getByRole("row", { name: /DeepState: taken by Russia/ }).getByRole("cell")).toHaveText(
    `${num(taken, 1)} km²`,
  );
  await expect(card.getByRole("row", { name: /DeepState: retaken by Ukraine/ }).getByRole("cell")).toHaveText(
    `${num(retaken, 1)} km²`,
  );
  await page.mouse.move(box.x + 68 + band * 3.5, box.y + 100);
  await expect(card.locator(".chart-tooltip__date")).toHaveText(dayRange("2023-06-26", "2023-07-02"));
});

test("a range that starts and ends mid-week cuts its first and last weeks, counting only the range's days", async ({
  page,
}) => {
  // Thursday 8 June to Wednesday 5 July 2023: 8–11 Jun (4 days), three whole weeks, 3–5 Jul (3 days).
  const section = await openSection(page, "?from=2023-06-08&to=2023-07-05");
  const ds = territory.deepstate;
  const sum = (key: "gainedKm2" | "lostKm2", from: string, to: string) =>
    ds.dates.reduce(
      (total: number, d: string, i: number) => (d >= from && d <= to ? total + (ds[key][i] ?? 0) : total),
      0,
    );
  const km2 = (n: number) => `${num(Math.round(n * 10) / 10, 1)} km²`;
  // The whole Monday week would read otherwise: the cut week must not reach before the range.
  expect(km2(sum("lostKm2", "2023-06-08", "2023-06-11"))).not.toBe(
    km2(sum("lostKm2", "2023-06-05", "2023-06-11")),
  );

  const chart = section.locator("figure#territory-weekly-change .cmp-chart");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const band = (box.width - 68 - 12) / 5;
  const card = chart.locator(".chart-tooltip");
  await page.mouse.move(box.x + 68 + band * 0.5, box.y + 100);
  await expect(card.locator(".chart-tooltip__date")).toHaveText(
    `${dayRange("2023-06-08", "2023-06-11")} (4 of 7 days in the range)`,
  );
  await expect(card.getByRole("row", { name: /DeepState: taken by Russia/ }).getByRole("cell")).toHaveText(
    km2(sum("gainedKm2", "2023-06-08", "2023-06-11")),
  );
  await expect(card.getByRole("row", { name: /DeepState: retaken by Ukraine/ }).getByRole("cell")).toHaveText(
    km2(sum("lostKm2", "2023-06-08", "2023-06-11")),
  );
  await page.mouse.move(box.x + 68 + band * 4.5, box.y + 100);
  await expect(card.locator(".chart-tooltip__date")).toHaveText(
    `${dayRange("2023-07-03", "2023-07-05")} (3 of 7 days in the range)`,
  );
  await expect(card.getByRole("row", { name: /DeepState: taken by Russia/ }).getByRole("cell")).toHaveText(
    km2(sum("gainedKm2", "2023-07-03", "2023-07-05")),
  );
});

test("the status bars split each side's confirmed losses on the range's last snapshot", async ({ page }) => {
  const section = await openSection(page, "?from=2023-01-01&to=2023-12-31");
  const statuses = ["destroyed", "damaged", "abandoned", "captured"];
  // Russia's last snapshot in the range with every status reported.
  const last = [...oryx.dates]
    .reverse()
    .find(
      (d: string) =>
        d <= "2023-12-31" &&
        statuses.every((k) => oryx.countries.russia.tanks[k][oryx.dates.indexOf(d)] != null),
    );
  const frame = section.locator("figure#oryx-status-tanks");
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator("h3")).toHaveText(`Tanks by status on ${day(last)}`);
  // Hovering Russia's bar (the first row) lists its four counts.
  const svg = frame.locator(".cmp-bars svg");
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  const card = frame.locator(".chart-tooltip");
  await expect(card.locator(".chart-tooltip__date")).toHaveText("Russia");
  const i = oryx.dates.indexOf(last);
  await expect(card.locator("td")).toHaveText(statuses.map((k) => num(oryx.countries.russia.tanks[k][i])));
  // The longer bar is the side with more confirmed losses.
  const widths = await svg
    .locator(".cmp-status-bar")
    .evaluateAll((bars) => bars.map((b) => (b as SVGGElement).getBBox().width));
  const total = (country: string) => oryx.countries[country].tanks.total[i];
  expect(widths[0]! > widths[1]!).toBe(total("russia") > total("ukraine"));
});

test("the comparison section has no accessibility violations", async ({ page }) => {
  test.slow(); // axe walks four panels of SVG; on a shared CI core it needs more than the default
  const section = await openSection(page, "?from=2023-06-04&to=2023-11-30");
  await expect(section.locator("[data-claim]").first()).toBeVisible();
  await expect(section.locator("figure#territory-all")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("#comparison").analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});
