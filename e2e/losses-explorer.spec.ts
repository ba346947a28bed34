// The losses explorer, in the reader's words: read a claim's figures off the KPI strip, change
// what the chart shows, drag the brush, sort the table, and get the same view back from the link.
// The KPI check reads the real built dataset (public/data), compared with the data README's
// cross-check for 2023-07-25.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, rangeInputs, searchParams, test } from "./helpers";

test.use({ locale: "en-US" });

const losses = (page: Page) => page.locator("#losses");
const kpiCard = (page: Page, name: string) => losses(page).getByRole("article", { name });
const kpi = (card: Locator, which: "total" | "in-range" | "last-day" | "daily-average") =>
  card.locator(`[data-kpi="${which}"]`);
const equipmentChart = (page: Page) => losses(page).locator("#losses-equipment");
const personnelChart = (page: Page) => losses(page).locator("#losses-personnel");

/** The General Staff's last day, as the built manifest gives it. */
async function lastStatement(page: Page): Promise<string> {
  const manifest = (await (await page.request.get("/data/manifest.json")).json()) as {
    sources: { id: string; lastDate: string }[];
  };
  return manifest.sources.find((s) => s.id === "general-staff")!.lastDate;
}

async function openLosses(page: Page, search = "") {
  await page.goto(`/${search}`);
  // Generous: the build machine is shared, and a cold load under load can take several seconds.
  await expect(losses(page).locator(".losses-controls")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
}

const brushHandles = (page: Page) => losses(page).locator(".range-brush").getByRole("slider");
const brushHandle = (page: Page, name: "Range start" | "Range end") =>
  losses(page).locator(".range-brush").getByRole("slider", { name });

/** The centre of an element on screen, scrolled into view. */
async function centreOf(target: Locator): Promise<{ x: number; y: number }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target.toString()} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Opens the category picker (a disclosure) and returns the checkbox. */
async function categoryBox(page: Page, name: string): Promise<Locator> {
  const picker = losses(page).locator(".losses-picker");
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await picker.locator("summary").click();
  }
  return picker.getByRole("checkbox", { name, exact: true });
}

/** "1.1M" / "950K" / "4,100" (en-US) → a number. */
function parseAxisLabel(label: string): number {
  const m = /^(-?[\d,.]+)([KMB]?)$/.exec(label.replace(/\u2212/g, "-").trim());
  if (!m) throw new Error(`unexpected axis label ${label}`);
  const mult = { "": 1, K: 1e3, M: 1e6, B: 1e9 }[m[2] as "" | "K" | "M" | "B"];
  return Number((m[1] ?? "").replace(/,/g, "")) * mult;
}

/** The y-axis labels of a chart with the y of their tick, in SVG units. */
async function yAxisTicks(chart: Locator): Promise<{ value: number; y: number }[]> {
  const ticks = await chart
    .locator(".chart-y-axis__label")
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ label: n.textContent ?? "", y: Number(n.getAttribute("y")) })),
    );
  return ticks.map((t) => ({ value: parseAxisLabel(t.label), y: t.y }));
}

test("the tank card reads the General Staff's 25 July 2023 claim: 4,174 total, 55 in the week, 12 that day", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25");
  const tanks = kpiCard(page, "Tanks");
  await expect(kpi(tanks, "total")).toHaveText("4,174 tanks");
  await expect(kpi(tanks, "in-range")).toHaveText("55 tanks");
  await expect(kpi(tanks, "last-day")).toHaveText("12 tanks");
  await expect(kpi(tanks, "daily-average")).toHaveText("7.9 tanks");
  await expect(tanks).toContainText("Total as of 25 Jul 2023");
  // The chart comes with a title that says what the range shows, the range, and its sources.
  await expect(equipmentChart(page).getByRole("heading")).toHaveText(
    "Ukraine's General Staff: Russia lost 55 tanks between 19 and 25 Jul 2023",
  );
  await expect(equipmentChart(page)).toContainText("not independently verified");
  const foot = equipmentChart(page).locator("footer");
  await expect(foot.getByRole("link", { name: /General Staff/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(foot).toContainText(/Data to \d+ \w+ \d{4}/);
  await expect(kpiCard(page, "Personnel")).toContainText("Killed and wounded, as claimed by Ukraine");
});

test("y-axis labels are round 1-2-5 steps and a point sits where its value is on the axis", async ({
  page,
}) => {
  // The default view: the last year of personnel, in the hundreds of thousands.
  await openLosses(page);
  const chart = personnelChart(page);
  const ticks = await yAxisTicks(chart);
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  const sorted = [...ticks].sort((a, b) => a.value - b.value);
  const step = (sorted[1]?.value ?? NaN) - (sorted[0]?.value ?? NaN);
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5], `step ${step} is a 1-2-5 value`).toContain(Math.round(mantissa * 1000) / 1000);
  sorted.forEach((t) => expect(t.value % step, `label ${t.value} is a multiple of the step`).toBe(0));
  // Every label sits at its own value: pixels per unit are the same between every pair of ticks.
  const pxPerUnit = ((sorted[0]?.y ?? 0) - (sorted[1]?.y ?? 0)) / step;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    expect(Math.abs((a.y - b.y) / (b.value - a.value) - pxPerUnit)).toBeLessThan(0.01 * Math.abs(pxPerUnit));
  }
  // Hover the last day: the point drawn there reads, on the labelled axis, the value the tooltip says.
  const surface = chart.locator("svg.losses-surface");
  const box = await surface.boundingBox();
  if (!box) throw new Error("the personnel chart is not visible");
  await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - 29, box.y + box.height / 2);
  const tooltipValue = parseAxisLabel((await chart.locator(".chart-tooltip td").first().textContent()) ?? "");
  const dotY = Number(await chart.locator(".chart-cursor__dot").first().getAttribute("cy"));
  const read = sorted[0]!.value + (sorted[0]!.y - dotY) / pxPerUnit;
  expect(Math.abs(read - tooltipValue), `point at ${read} vs tooltip ${tooltipValue}`).toBeLessThan(
    step * 0.05,
  );
});

test("a range typed past the General Staff's last statement says so, and counts only days with data", async ({
  page,
}) => {
  await openLosses(page);
  const { from, to } = rangeInputs(page);
  const last = await lastStatement(page);
  const bound = await to.getAttribute("max");
  expect(bound && bound > last, "another series runs past the General Staff's last day").toBe(true);
  await from.fill("2026-07-01");
  await from.press("Enter");
  await to.fill(bound ?? "");
  await to.press("Enter");
  // The data's last day is the default end, so the link leaves `to` out.
  await expect.poll(() => searchParams(page).get("from")).toBe("2026-07-01");
  await expect(to).toHaveValue(bound ?? "");
  const line = losses(page).getByTestId("losses-latest");
  await expect(line).toBeVisible();
  const lastLabel = new Date(`${last}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  await expect(line).toContainText(`Latest statement: ${lastLabel}`);
  const days = Math.round((Date.parse(last) - Date.parse("2026-07-01")) / 86_400_000) + 1;
  await expect(kpiCard(page, "Tanks")).toContainText(`Daily average over ${days} days with data`);
  await expect(equipmentChart(page).locator(".losses-line path").first()).toBeVisible();
});

test("every preset shows a drawn chart and real figures, or says the data ends before it", async ({
  page,
}) => {
  test.setTimeout(180_000); // six full-page range changes; "All" redraws four years on a shared machine
  await openLosses(page);
  const last = await lastStatement(page);
  const presets = page.getByRole("group", { name: "Date range" }).getByRole("button");
  const names = await presets.allTextContents();
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) {
    await presets.filter({ hasText: name }).click();
    const { from, to } = rangeInputs(page);
    const [start, end] = [await from.inputValue(), await to.inputValue()];
    // The line says whether the range runs past the last statement (e.g. "All", to the end of every
    // series) or ends before it; it is there for every range, so the charts below never move.
    await expect(losses(page).getByTestId("losses-latest"), name).toContainText(
      start > last
        ? "— none in"
        : end > last
          ? "— the range runs to"
          : end === last
            ? "— the range's last day."
            : "— after this range, which ends on",
    );
    if (start > last) {
      // Entirely after the last statement: no chart, and a way to the same span ending on it.
      await expect(equipmentChart(page), name).toHaveCount(0);
      await expect(losses(page).getByTestId("losses-latest").getByRole("button"), name).toBeVisible();
      continue;
    }
    await expect(equipmentChart(page).locator(".losses-line path").first(), name).toBeVisible();
    await expect(kpi(kpiCard(page, "Tanks"), "in-range"), name).not.toHaveText("not reported");
  }
});

test("a category first reported inside the range counts from that report and says so", async ({ page }) => {
  await openLosses(page, "?from=2023-08-01&to=2023-12-31&cats=submarine");
  const card = kpiCard(page, "Submarines");
  await expect(kpi(card, "in-range")).toHaveText(/^\d[\d,]* submarines?$/);
  await expect(card).toContainText(/First reported on 14 Sept? 2023: counted from that report/);
  await expect(card).not.toContainText("not reported");
  await expect(equipmentChart(page).locator(".losses-line path").first()).toHaveAttribute(
    "d",
    /^M[\d.]+,[\d.]+L/,
  );
  await expect(losses(page).getByRole("button", { name: /^Submarines/ })).not.toContainText(
    "not reported in this range",
  );
});

test("tanks falling 3,799 → 3,797 on 28 May 2023 are the listed correction of the day before, not an unlisted revision", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-05-20&to=2023-06-03&cats=tank&view=daily");
  await losses(page)
    .getByText(/^General Staff corrections in this range/)
    .click();
  const item = losses(page).getByRole("listitem").filter({ hasText: "28 May 2023, Tanks" });
  await expect(item).toContainText(/listed revision [-−]5 \(listed on 27 May 2023\)/);
  await expect(item).toContainText(/change that day [-−]2/);
  await expect(
    losses(page)
      .getByRole("listitem")
      .filter({ hasText: /Tanks: unlisted/ }),
  ).toHaveCount(0);
});

test("a partial week is compared per day, never in total, and is hatched", async ({ page }) => {
  // 2023-12-30 is a Saturday: the last week of the range has 6 of its 7 days.
  await openLosses(page, "?from=2023-10-02&to=2023-12-30&cats=tank&view=weekly");
  const chart = equipmentChart(page);
  const partial = chart.locator(".losses-bars__partial");
  await expect(partial).toHaveCount(1);
  await expect(partial).toHaveAttribute("fill", /^url\(#/);
  await expect(chart.locator(".chart-frame__legend")).toContainText("Partial week");
  const surface = chart.locator("svg.losses-surface");
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error("the chart is not visible");
  await page.mouse.move(box.x + box.width - 45, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - 36, box.y + box.height / 2);
  const tooltip = chart.locator(".chart-tooltip");
  await expect(tooltip).toContainText("partial: 6 of 7 days");
  await expect(tooltip).toContainText(/a day vs previous week/);
  await expect(tooltip).not.toContainText(/\d vs previous week/);
});

test("charts are named, and the focus ring shows on the selected view button", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25");
  for (const chart of [personnelChart(page), equipmentChart(page)]) {
    await expect(chart.locator("svg.losses-surface")).toHaveAttribute("aria-label", /\w+/);
  }
  const selected = losses(page).getByRole("group", { name: "View" }).getByRole("radio", { checked: true });
  await selected.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  const ring = await losses(page)
    .getByRole("group", { name: "View" })
    .locator("input:checked + span")
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineColor,
        background: s.backgroundColor,
        shadow: s.boxShadow,
        style: s.outlineStyle,
      };
    });
  expect(ring.style).toBe("solid");
  expect(ring.outline, "the ring differs from the button's fill").not.toBe(ring.background);
  expect(ring.shadow).not.toBe("none");
});

test("on a phone the tooltip stays on screen, closes on a tap elsewhere, and handles are big enough", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLosses(page, "?from=2023-07-19&to=2023-07-25&cats=personnel,tank,apc,artillery");
  const chart = equipmentChart(page);
  const surface = chart.locator("svg.losses-surface");
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error("the chart is not visible");
  await page.mouse.click(box.x + box.width - 95, box.y + box.height / 2);
  const tooltip = chart.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  const tip = await tooltip.boundingBox();
  expect(tip && tip.x >= 0 && tip.x + tip.width <= 390, "the tooltip fits the screen").toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await losses(page).getByRole("heading", { name: "All categories in this range" }).click();
  await expect(tooltip).toHaveCount(0);
  const handles = brushHandles(page);
  await expect(handles).toHaveCount(2);
  for (const handle of await handles.all()) {
    const h = await handle.boundingBox();
    expect(h && h.width >= 24 && h.height >= 24, "brush handle ≥ 24 px").toBe(true);
  }
  const box2 = await (await categoryBox(page, "Tanks")).locator("xpath=..").boundingBox();
  expect(box2 && box2.height >= 24 && box2.width >= 24, "checkbox target ≥ 24 px").toBe(true);
  const events = await losses(page).getByText("Show events").boundingBox();
  expect(events && events.height >= 24, "events checkbox target ≥ 24 px").toBe(true);
});

test("picking categories, view and scale changes the URL and the chart, and a reload keeps them", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-01-01&to=2023-12-31");
  const equipment = equipmentChart(page);
  await expect(equipment.locator(".losses-line")).toHaveCount(1);
  await expect(equipment.locator(".chart-frame__title")).toContainText("Russia lost");
  await expect(personnelChart(page)).toBeVisible();

  await (await categoryBox(page, "Armoured combat vehicles")).check();
  await expect.poll(() => searchParams(page).get("cats")).toBe("personnel,tank,apc");
  await expect(equipment.locator(".losses-line")).toHaveCount(2);
  await expect(kpiCard(page, "Armoured combat vehicles")).toBeVisible();

  await (await categoryBox(page, "Personnel")).uncheck();
  await expect.poll(() => searchParams(page).get("cats")).toBe("tank,apc");
  await expect(personnelChart(page)).toHaveCount(0);

  const views = losses(page).getByRole("group", { name: "View" });
  await views.getByRole("radio", { name: "Weekly" }).check();
  await expect.poll(() => searchParams(page).get("view")).toBe("weekly");
  await expect(equipment).toContainText("losses per week");
  await expect(equipment.locator(".losses-bars path").first()).toBeVisible();
  await expect(equipment.locator(".losses-bars__series")).toHaveCount(2);
  // The range starts on a Sunday: its first week is cut short, and the chart says so.
  await expect(losses(page).getByText(/Hatched bars are partial weeks/)).toBeVisible();

  await losses(page).getByRole("group", { name: "Scale" }).getByRole("radio", { name: "Log" }).check();
  await expect.poll(() => searchParams(page).get("scale")).toBe("log");
  await expect(equipment).toContainText("log scale");
  await expect(equipment.locator(".chart-y-axis")).toContainText("100");

  await views.getByRole("radio", { name: "7-day average" }).check();
  await expect.poll(() => searchParams(page).get("view")).toBe("avg7");
  await expect(equipment.locator(".losses-line")).toHaveCount(2);
  await expect(equipment.locator(".losses-bars")).toHaveCount(0);

  await losses(page).getByRole("checkbox", { name: "Show events" }).uncheck();
  await expect.poll(() => searchParams(page).get("events")).toBe("0");
  await expect(equipment.locator(".losses-event-label")).toHaveCount(0);

  await page.reload();
  await expect(kpiCard(page, "Armoured combat vehicles")).toBeVisible();
  await expect(await categoryBox(page, "Personnel")).not.toBeChecked();
  await expect(await categoryBox(page, "Tanks")).toBeChecked();
  await expect(views.getByRole("radio", { name: "7-day average" })).toBeChecked();
  await expect(losses(page).getByRole("radio", { name: "Log" })).toBeChecked();
  await expect(losses(page).getByRole("checkbox", { name: "Show events" })).not.toBeChecked();
  await expect(equipmentChart(page).locator(".losses-line")).toHaveCount(2);
});

test("from the keyboard the chart reads day by day, and the readout is announced", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25&cats=tank");
  const chart = equipmentChart(page);
  // Tab from the chart's Download button to the chart itself.
  await chart.getByRole("button", { name: /Download/ }).focus();
  const surface = chart.locator("svg.losses-surface");
  for (let i = 0; i < 6 && !(await surface.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(surface).toBeFocused();
  await expect(surface).toHaveAttribute("aria-label", /arrow keys/);
  const tooltip = chart.locator(".chart-tooltip");
  await page.keyboard.press("End");
  await expect(tooltip).toContainText("25 Jul 2023");
  await expect(tooltip).toContainText("4,174");
  await expect(chart.locator("[aria-live=polite]")).toContainText("25 Jul 2023");
  await page.keyboard.press("ArrowLeft");
  await expect(tooltip).toContainText("24 Jul 2023");
  await expect(tooltip).toContainText("4,162");
  await page.keyboard.press("Home");
  await expect(tooltip).toContainText("19 Jul 2023");
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});

test("hovering the chart shows the date, the value and the change that day", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25&cats=tank");
  const surface = equipmentChart(page).locator("svg.losses-surface");
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error("the equipment chart is not visible");
  // The plot ends 28 px before the right edge (chart margin); the last day sits there.
  await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  const tooltip = equipmentChart(page).locator(".chart-tooltip");
  await expect(tooltip).toContainText("25 Jul 2023");
  await expect(tooltip).toContainText("4,174");
  await expect(tooltip).toContainText("+12 that day");
});

test("General Staff corrections are marked on the chart and explained, not hidden", async ({ page }) => {
  await openLosses(page, "?from=2023-05-20&to=2023-06-03&cats=tank&view=daily");
  await expect(equipmentChart(page).locator(".losses-marker")).not.toHaveCount(0);
  await expect(losses(page).getByText(/Hollow circles mark/)).toContainText("daily figures can be negative");
  await losses(page)
    .getByText(/^General Staff corrections in this range/)
    .click();
  await expect(losses(page).getByRole("listitem").filter({ hasText: "28 May 2023, Tanks" })).toContainText(
    /listed revision [-−]5/,
  );
});

test("event annotations from events.json label the time axis and are cited", async ({ page }) => {
  await openLosses(page, "?from=2022-08-01&to=2022-12-31");
  await expect(
    equipmentChart(page).locator(".losses-event-label").filter({ hasText: "Kherson" }),
  ).toBeVisible();
  const list = losses(page).getByText(/^Events marked on the chart/);
  await list.click();
  const item = losses(page).getByRole("listitem").filter({ hasText: "Kherson liberated" });
  await expect(item.getByRole("link")).toHaveAttribute("href", /^https:\/\//);
});

test("dragging a brush handle sets the range for the whole page on release, not while dragging", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-01-01&to=2023-12-31");
  const tanks = kpiCard(page, "Tanks");
  const inRangeBefore = await kpi(tanks, "in-range").textContent();
  const start = brushHandle(page, "Range start");
  await expect(start).toHaveAttribute("aria-valuetext", "1 Jan 2023");
  const { x, y } = await centreOf(start);

  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y, { steps: 6 });
  await expect(losses(page).getByText(/^Selecting/)).toBeVisible();
  // The day under the handle is shown beside it while dragging.
  const shown = start.locator(".range-brush__date");
  await expect(shown).toBeVisible();
  const shownDay = await shown.textContent();
  expect(shownDay).not.toBe("1 Jan 2023");
  expect(searchParams(page).get("from"), "nothing is committed mid-drag").toBe("2023-01-01");
  await page.mouse.up();

  await expect.poll(() => searchParams(page).get("from")).not.toBe("2023-01-01");
  const from = searchParams(page).get("from") ?? "";
  expect(from > "2023-01-01").toBe(true);
  expect(searchParams(page).get("to")).toBe("2023-12-31");
  await expect(start, "the committed day is the one shown while dragging").toHaveAttribute(
    "aria-valuetext",
    shownDay ?? "",
  );
  await expect(losses(page).getByText(/^Range/)).toBeVisible();
  // The global date control and the KPI strip follow.
  await expect(page.getByRole("group", { name: "Date range" }).getByLabel("From")).toHaveValue(from);
  await expect(kpi(tanks, "in-range")).not.toHaveText(inRangeBefore ?? "");
  await expect(tanks).toContainText(
    `in ${new Date(`${from}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })}`,
  );
});

test("dragging the brush's shaded window moves the range and keeps its length", async ({ page }) => {
  await openLosses(page, "?from=2023-01-01&to=2023-03-31");
  const window = losses(page).locator(".range-brush__window");
  const { x, y } = await centreOf(window);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 80, y, { steps: 4 });
  await page.mouse.move(x + 160, y, { steps: 4 });
  await page.mouse.up();

  await expect.poll(() => searchParams(page).get("from")).not.toBe("2023-01-01");
  const from = searchParams(page).get("from") ?? "";
  const to = searchParams(page).get("to") ?? "";
  expect(from > "2023-01-01").toBe(true);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  expect(days(from, to), "the same 89 days between the ends").toBe(89);
  await expect(rangeInputs(page).to).toHaveValue(to);
});

test("the brush handles move by keyboard; a burst of keys is one history entry", async ({ page }) => {
  await openLosses(page, "?from=2023-01-01&to=2023-12-31");
  await expect(losses(page).locator(".range-brush__years")).toContainText("2023");
  const end = brushHandle(page, "Range end");
  await end.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-28");
  await expect(end).toHaveAttribute("aria-valuetext", "28 Dec 2023");
  await page.goBack();
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-31");

  // Page Down: 30 days back; Home on the start handle: the first statement (2022-02-25).
  await end.focus();
  await page.keyboard.press("PageDown");
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-01");
  // Back ended the burst: that key added an entry of its own, and the range went back is kept.
  await page.goBack();
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-31");
  await page.goForward();
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-01");
  const start = brushHandle(page, "Range start");
  await start.focus();
  await page.keyboard.press("Home");
  await expect.poll(() => searchParams(page).get("from")).toBe("2022-02-25");
  await expect(start).toHaveAttribute("aria-valuetext", "25 Feb 2022");
});

test("the table lists what the chart shows and sorts by keyboard", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25&cats=tank&view=daily");
  const toggle = losses(page).getByRole("button", { name: /as a table/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  const table = losses(page).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(8); // header + 7 days
  await expect(table.getByRole("row").nth(7)).toContainText("12"); // 25 Jul, last day: 12 tanks

  const header = table.getByRole("columnheader", { name: /Tanks/ });
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const values = await table.locator("tbody td").allTextContents();
  const numbers = values.map((v) => Number(v.replace(/,/g, "")));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(
    numbers.reduce((a, b) => a + b, 0),
    "the days add up to the week's 55",
  ).toBe(55);
});

test("a sparkline card adds its category to the main chart", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25");
  const drones = losses(page).getByRole("button", { name: /^Drones/ });
  await expect(drones).toHaveAttribute("aria-pressed", "false");
  await drones.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => searchParams(page).get("cats")).toBe("personnel,tank,drone");
  await expect(drones).toHaveAttribute("aria-pressed", "true");
  await expect(kpiCard(page, "Drones")).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the losses section has no axe violations in the ${colorScheme} theme, table and lists open`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openLosses(page, "?from=2022-08-01&to=2023-07-25&cats=personnel,tank,drone&view=daily");
    await losses(page)
      .getByRole("button", { name: /as a table/ })
      .click();
    await losses(page)
      .getByText(/^General Staff corrections/)
      .click();
    await losses(page)
      .getByText(/^Events marked/)
      .click();
    const results = await new AxeBuilder({ page }).include("#losses").analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("a category's first report is marked as a change of method on its own chart only", async ({ page }) => {
  const changes = (await (await page.request.get("/data/method-changes.json")).json()) as {
    changes: { id: string; source: string; from: string; label: string; keys?: string[] }[];
  };
  const robots = changes.changes.find((c) => c.source === "generalStaff" && c.keys?.includes("groundRobot"))!;
  const month = robots.from.slice(0, 7);
  await openLosses(page, `?from=${month}-01&to=${month}-28&cats=personnel,groundRobot&events=0`);
  // Events are off, yet the change of method is drawn, labelled, on the chart that shows the category.
  await expect(equipmentChart(page).locator(".losses-event-label")).toHaveText([robots.label]);
  await expect(personnelChart(page).locator(".losses-event-label")).toHaveCount(0);
});

test("six lines get six colour-blind-safe colours, the rest are muted, and every swatch equals its line", async ({
  page,
}) => {
  // Eight equipment categories on one chart (the picker keeps them in its own order).
  await openLosses(
    page,
    "?from=2023-07-19&to=2023-07-25&cats=tank,apc,artillery,mlrs,airDefense,aircraft,helicopter,cruiseMissile",
  );
  const chart = equipmentChart(page);
  await expect(chart.locator(".losses-line path")).toHaveCount(8);
  const strokes = await chart
    .locator(".losses-line path")
    .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).stroke));
  // styles/colors.css --line-1 … --line-6 and --series-muted, light theme.
  const palette = [
    "rgb(0, 114, 178)",
    "rgb(194, 84, 0)",
    "rgb(0, 128, 92)",
    "rgb(176, 64, 126)",
    "rgb(138, 106, 0)",
    "rgb(91, 79, 196)",
  ];
  const muted = "rgb(169, 175, 184)";
  expect(strokes).toEqual([...palette, muted, muted]);

  // The picker's swatch of each picked category is its line's colour; an unpicked one has none.
  await categoryBox(page, "Tanks");
  const swatch = (name: string) =>
    losses(page)
      .locator(".losses-picker__option")
      .filter({ hasText: new RegExp(`^${name}$`) })
      .locator(".losses-swatch");
  const swatchColor = (name: string) => swatch(name).evaluate((s) => getComputedStyle(s).backgroundColor);
  expect(await swatchColor("Tanks")).toBe(palette[0]);
  expect(await swatchColor("Aircraft")).toBe(palette[5]);
  expect(await swatchColor("Cruise missiles")).toBe(muted);
  expect(await swatchColor("Personnel")).toBe("rgba(0, 0, 0, 0)");
  await losses(page).locator(".losses-picker summary").click();

  // The tooltip's rows carry the same swatches.
  const surface = chart.locator("svg.losses-surface");
  await surface.scrollIntoViewIfNeeded();
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const rows = chart.locator(".chart-tooltip tr");
  await expect(rows).toHaveCount(8);
  const rowSwatches = await chart
    .locator(".chart-tooltip .chart-swatch")
    .evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
  expect(rowSwatches).toEqual([...palette, muted, muted]);
});

test("the correction marker has a key in the legend and in the exported SVG", async ({ page }) => {
  await openLosses(page, "?from=2023-05-20&to=2023-06-03&cats=tank&view=daily");
  const chart = equipmentChart(page);
  const label = "General Staff correction (a total fell or was revised)";
  await expect(chart.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText([
    "Tanks",
    label,
  ]);
  await chart.getByRole("button", { name: "Download" }).click();
  const pending = page.waitForEvent("download");
  await chart.getByRole("menuitem", { name: "SVG image" }).click();
  const svg = await (await import("node:fs")).promises.readFile((await (await pending).path())!, "utf8");
  expect(svg).toContain(`>${label}</text>`);
  // Its key: a hollow circle (the page's background inside, the muted text colour around it).
  expect(svg).toMatch(
    /<circle cx="[\d.]+" cy="[\d.]+" r="4" fill="rgb\(255, 255, 255\)" stroke="rgb\(74, 82, 96\)"/,
  );
});
