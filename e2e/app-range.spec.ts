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

test("a preset sets the range it names, counted back from the last day of data", async ({ page }) => {
  await openApp(page);
  const { from, to } = rangeInputs(page);
  const lastDay = await to.inputValue();

  await page.getByRole("button", { name: "Last 7 days" }).click();
  await expect(from).toHaveValue(shift(lastDay, -6));
  expect(searchParams(page).get("from")).toBe(shift(lastDay, -6));
  // The range runs to the data's last day, which the link leaves out to stay short.
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
  expect(page.url()).not.toContain("garbage");
});

test("a range outside the data is limited to it, with a notice", async ({ page }) => {
  await openApp(page, "?from=2010-01-01&to=2023-01-31");
  const { from, to } = rangeInputs(page);
  await expect(from).toHaveValue((await from.getAttribute("min")) ?? "");
  await expect(to).toHaveValue("2023-01-31");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText("limited to");
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
