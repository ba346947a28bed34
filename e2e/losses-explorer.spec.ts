// The losses explorer, in the reader's words: read a claim's figures off the KPI strip, change
// what the chart shows, drag the brush, sort the table, and get the same view back from the link.
// The KPI check reads the real built dataset (public/data), compared with the data README's
// cross-check for 2023-07-25.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, searchParams, test } from "./helpers";

test.use({ locale: "en-US" });

const losses = (page: Page) => page.locator("#losses");
const kpiCard = (page: Page, name: string) => losses(page).getByRole("article", { name });
const kpi = (card: Locator, which: "total" | "in-range" | "last-day" | "daily-average") =>
  card.locator(`[data-kpi="${which}"]`);
const equipmentChart = (page: Page) => losses(page).getByRole("figure", { name: /^Equipment/ });
const personnelChart = (page: Page) => losses(page).getByRole("figure", { name: /^Personnel/ });

async function openLosses(page: Page, search = "") {
  await openApp(page, search);
  await expect(kpiCard(page, "Tanks").or(losses(page).getByText("Pick a category"))).toBeVisible();
}

test("the tank card reads the General Staff's 25 July 2023 claim: 4,174 total, 55 in the week, 12 that day", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25");
  const tanks = kpiCard(page, "Tanks");
  await expect(kpi(tanks, "total")).toHaveText("4,174");
  await expect(kpi(tanks, "in-range")).toHaveText("55");
  await expect(kpi(tanks, "last-day")).toHaveText("12");
  await expect(kpi(tanks, "daily-average")).toHaveText("7.9");
  await expect(tanks).toContainText("Total as of Jul 25, 2023");
  // Credit under the chart: who claims it, that it is unverified, and as of when.
  const credit = losses(page).getByText(/^Source:/);
  await expect(credit.getByRole("link", { name: /General Staff/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(credit).toContainText("not independently verified");
  await expect(credit).toContainText("Data as of");
});

test("picking categories, view and scale changes the URL and the chart, and a reload keeps them", async ({
  page,
}) => {
  await openLosses(page, "?from=2023-01-01&to=2023-12-31");
  const equipment = equipmentChart(page);
  await expect(equipment.locator(".recharts-line")).toHaveCount(1);
  await expect(personnelChart(page)).toBeVisible();

  await losses(page).getByRole("checkbox", { name: "Armoured combat vehicles" }).check();
  await expect.poll(() => searchParams(page).get("cats")).toBe("personnel,tank,apc");
  await expect(equipment.locator(".recharts-line")).toHaveCount(2);
  await expect(kpiCard(page, "Armoured combat vehicles")).toBeVisible();

  await losses(page).getByRole("checkbox", { name: "Personnel", exact: true }).uncheck();
  await expect.poll(() => searchParams(page).get("cats")).toBe("tank,apc");
  await expect(personnelChart(page)).toHaveCount(0);

  const views = losses(page).getByRole("group", { name: "View" });
  await views.getByRole("radio", { name: "Weekly" }).check();
  await expect.poll(() => searchParams(page).get("view")).toBe("weekly");
  await expect(equipment).toContainText("losses per week");
  await expect(equipment.locator(".losses-bars path").first()).toBeVisible();
  await expect(equipment.locator(".losses-bars__series")).toHaveCount(2);
  // The range starts on a Sunday: its first week is cut short, and the chart says so.
  await expect(losses(page).getByText(/Paler bars are partial weeks/)).toBeVisible();

  await losses(page).getByRole("group", { name: "Scale" }).getByRole("radio", { name: "Log" }).check();
  await expect.poll(() => searchParams(page).get("scale")).toBe("log");
  await expect(equipment).toContainText("log scale");
  await expect(equipment.locator(".recharts-yAxis-tick-labels")).toContainText("100");

  await views.getByRole("radio", { name: "7-day average" }).check();
  await expect.poll(() => searchParams(page).get("view")).toBe("avg7");
  await expect(equipment.locator(".recharts-line")).toHaveCount(2);
  await expect(equipment.locator(".losses-bars")).toHaveCount(0);

  await losses(page).getByRole("checkbox", { name: "Show events" }).uncheck();
  await expect.poll(() => searchParams(page).get("events")).toBe("0");
  await expect(equipment.locator(".losses-event-label")).toHaveCount(0);

  await page.reload();
  await expect(kpiCard(page, "Armoured combat vehicles")).toBeVisible();
  await expect(losses(page).getByRole("checkbox", { name: "Personnel", exact: true })).not.toBeChecked();
  await expect(losses(page).getByRole("checkbox", { name: "Tanks", exact: true })).toBeChecked();
  await expect(views.getByRole("radio", { name: "7-day average" })).toBeChecked();
  await expect(losses(page).getByRole("radio", { name: "Log" })).toBeChecked();
  await expect(losses(page).getByRole("checkbox", { name: "Show events" })).not.toBeChecked();
  await expect(equipmentChart(page).locator(".recharts-line")).toHaveCount(2);
});

test("hovering the chart shows the date, the value and the change that day", async ({ page }) => {
  await openLosses(page, "?from=2023-07-19&to=2023-07-25&cats=tank");
  const surface = equipmentChart(page).locator("svg.recharts-surface");
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error("the equipment chart is not visible");
  // The plot ends 28 px before the right edge (chart margin); the last day sits there.
  await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
  const tooltip = equipmentChart(page).locator(".losses-tooltip");
  await expect(tooltip).toContainText("Jul 25, 2023");
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
  await expect(losses(page).getByRole("listitem").filter({ hasText: "May 27, 2023, Tanks" })).toContainText(
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
  const start = losses(page).locator(".recharts-brush-traveller").first();
  await start.scrollIntoViewIfNeeded();
  const box = await start.boundingBox();
  if (!box) throw new Error("the brush's start handle is not visible");

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
  await expect(losses(page).getByText(/^Selecting/)).toBeVisible();
  expect(searchParams(page).get("from"), "nothing is committed mid-drag").toBe("2023-01-01");
  await page.mouse.up();

  await expect.poll(() => searchParams(page).get("from")).not.toBe("2023-01-01");
  const from = searchParams(page).get("from") ?? "";
  expect(from > "2023-01-01").toBe(true);
  expect(searchParams(page).get("to")).toBe("2023-12-31");
  // The global date control and the KPI strip follow.
  await expect(page.getByRole("group", { name: "Date range" }).getByLabel("From")).toHaveValue(from);
  await expect(kpi(tanks, "in-range")).not.toHaveText(inRangeBefore ?? "");
  await expect(tanks).toContainText(
    `In range, ${new Date(`${from}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" })}`,
  );
});

test("the brush handles move by keyboard and commit when the key is released", async ({ page }) => {
  await openLosses(page, "?from=2023-01-01&to=2023-12-31");
  const end = losses(page).locator(".recharts-brush-traveller").nth(1);
  await end.focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => searchParams(page).get("to")).toBe("2023-12-30");
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
  const drones = losses(page).getByRole("button", { name: /^Drones:/ });
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
