// The global date range: set through the inputs or a preset, kept in the URL, restored from it.
import { expect, openApp, rangeInputs, searchParams, test } from "./helpers";

/** The ISO day `days` after `day` (UTC arithmetic is exact for calendar days). */
function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("changing the dates in the inputs puts the range in the URL", async ({ page }) => {
  await openApp(page);
  const { from, to } = rangeInputs(page);
  expect(page.url()).not.toContain("from=");
  await from.fill("2023-07-19");
  await expect(page).toHaveURL(/[?&]from=2023-07-19/);
  await to.fill("2023-07-25");
  await expect(page).toHaveURL(/\?from=2023-07-19&to=2023-07-25$/);
  await expect(page.getByText("7 days", { exact: true })).toBeVisible();
});

test("a preset sets the range it names, counted back from the last statement", async ({ page }) => {
  await openApp(page);
  const { from, to } = rangeInputs(page);
  const lastDay = await to.inputValue();

  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect(from).toHaveValue(shift(lastDay, -6));
  await expect.poll(() => searchParams(page).get("from")).toBe(shift(lastDay, -6));
  // The range runs to the presets' end day, which the link leaves out to stay short.
  expect(searchParams(page).has("to")).toBe(false);
  await expect(page.getByRole("button", { name: "Last 7 days" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "2023 counteroffensive" }).click();
  await expect(page).toHaveURL(/\?from=2023-06-04&to=2023-11-30$/);
  await expect(from).toHaveValue("2023-06-04");
  await expect(to).toHaveValue("2023-11-30");
});

test("opening a link with a range shows that range", async ({ page }) => {
  await openApp(page, "?from=2023-07-19&to=2023-07-25");
  const { from, to } = rangeInputs(page);
  await expect(from).toHaveValue("2023-07-19");
  await expect(to).toHaveValue("2023-07-25");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toHaveCount(0);
});

test("back and forward restore earlier ranges", async ({ page }) => {
  await openApp(page);
  const { from, to } = rangeInputs(page);
  const defaultFrom = await from.inputValue();
  await page.getByRole("button", { name: "2023 counteroffensive" }).click();
  await expect(from).toHaveValue("2023-06-04");
  await page.getByRole("button", { name: "All" }).click();
  const firstDay = await from.getAttribute("min");
  await expect(from).toHaveValue(firstDay ?? "");
  await expect.poll(() => searchParams(page).get("from")).toBe(firstDay);

  await page.goBack();
  await expect(page).toHaveURL(/\?from=2023-06-04&to=2023-11-30$/);
  await expect(from).toHaveValue("2023-06-04");
  await expect(to).toHaveValue("2023-11-30");
  await page.goBack();
  await expect(from).toHaveValue(defaultFrom);
  await page.goForward();
  await expect(from).toHaveValue("2023-06-04");
});

test("a link with an unreadable date says so and shows the last 12 months", async ({ page }) => {
  await openApp(page);
  const { from } = rangeInputs(page);
  const defaultFrom = await from.inputValue();

  await openApp(page, "?from=garbage");
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notice).toContainText("“garbage” is not a date");
  await expect(notice).toContainText("last 12 months");
  await expect(from).toHaveValue(defaultFrom);

  // Choosing a range replaces the broken link, and the notice goes away.
  await page.getByRole("button", { name: "90 days" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).not.toHaveURL(/garbage/);
});

test("a range outside the data is limited to it, with a notice", async ({ page }) => {
  await openApp(page, "?from=2010-01-01&to=2023-01-31");
  const { from, to } = rangeInputs(page);
  await expect(from).toHaveValue((await from.getAttribute("min")) ?? "");
  await expect(to).toHaveValue("2023-01-31");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    "start date 2010-01-01 is before the data begins",
  );
});

test("hostile links are quoted briefly, never widen the page, and say exactly what was done", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const huge = "x".repeat(10_000);
  await openApp(page, `?cats=${huge}&view=pie&view=daily`);
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notice).toBeVisible();
  // No value is echoed whole: at most ~40 characters, then an ellipsis.
  await expect(notice).toContainText(`“${"x".repeat(40)}…”`);
  await expect(notice).not.toContainText("x".repeat(41));
  // A repeated parameter is named, with the value that was used.
  await expect(notice).toContainText("“view” appears 2 times");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a start after the data's end is moved to its last day, not 'swapped'", async ({ page }) => {
  await openApp(page, "?from=2099-01-01");
  const { from, to } = rangeInputs(page);
  const lastDay = (await to.getAttribute("max")) ?? "";
  await expect(from).toHaveValue(lastDay);
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  await expect(notice).toContainText(
    `start date 2099-01-01 is after the data ends, so it was moved to ${lastDay}`,
  );
  await expect(notice).not.toContainText("swapped");
});

test("presets end on the newest day any source has; the losses panel says where its data ends", async ({
  page,
}) => {
  const manifest = (await (await page.request.get("/data/manifest.json")).json()) as {
    bounds: { to: string };
    sources: { id: string; lastDate: string }[];
  };
  const lastStatement = manifest.sources.find((s) => s.id === "general-staff")?.lastDate ?? "";
  // The dataset runs longer than the General Staff series, which is the point.
  expect(manifest.bounds.to > shift(lastStatement, 7)).toBe(true);
  await openApp(page);
  const { from, to } = rangeInputs(page);
  await expect(to).toHaveValue(manifest.bounds.to);
  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect(from).toHaveValue(shift(manifest.bounds.to, -6));
  await expect(to).toHaveValue(manifest.bounds.to);
  // No statement in that week: the panel says so and offers the same span ending on the last one.
  const latest = page.locator("#losses").getByTestId("losses-latest");
  await expect(latest).toContainText("none in");
  await latest.getByRole("button").click();
  await expect(from).toHaveValue(shift(lastStatement, -6));
  await expect(to).toHaveValue(lastStatement);
  await expect(page.locator("#losses-equipment .losses-line path").first()).toBeVisible();
});

test("typing a day with the keyboard moves the range once the day is complete", async ({ page }) => {
  await openApp(page);
  const { from } = rangeInputs(page);
  const defaultFrom = await from.inputValue();
  await from.focus();
  // Chromium's en-US date field: month, day, year segments; typing moves from one to the next.
  await page.keyboard.type("07192023");
  await expect(from).toHaveValue("2023-07-19");
  await expect(page).toHaveURL(/[?&]from=2023-07-19/);
  await page.keyboard.press("Tab");
  await expect(from).toHaveValue("2023-07-19");
  // One edit, one history entry: Back returns to the range before typing, not to a half-typed day.
  await page.goBack();
  await expect(from).toHaveValue(defaultFrom);
});
