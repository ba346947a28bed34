// A broken dataset file never blanks the page: the reader sees which file failed and why, and
// Retry loads it again once it is fixed. The files are broken by intercepting their requests.
import { expect, openApp, test } from "./helpers";

const MANIFEST = "**/data/manifest.json";

test.describe("a missing file", () => {
  // Chromium itself logs every 404 response as a console error.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("shows the error panel naming the file, and Retry recovers", async ({ page }) => {
    await page.route(MANIFEST, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dashboard's data could not be loaded");
    await expect(alert).toContainText(/data\/manifest\.json was not found on the server \(HTTP 404/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.unroute(MANIFEST);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test("a truncated file is reported as such, and Retry recovers", async ({ page }) => {
  await page.route(MANIFEST, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
  });
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("data/manifest.json is not valid JSON; the file may be truncated");

  await page.unroute(MANIFEST);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
});

test("a file of the wrong shape names the fields that are wrong, and Retry recovers", async ({ page }) => {
  await page.route(MANIFEST, async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as { bounds: { from: string } };
    manifest.bounds.from = "25/02/2022";
    await route.fulfill({ response, json: manifest });
  });
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("data/manifest.json does not have the expected format");
  await expect(alert).toContainText("bounds.from: expected a date as YYYY-MM-DD");

  await page.unroute(MANIFEST);
  await alert.getByRole("button", { name: "Retry" }).click();
  await openApp(page);
});

test("a broken panel file shows the error in its section only, and Retry recovers", async ({ page }) => {
  const LOSSES = "**/data/losses.json";
  await page.route(LOSSES, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: text.slice(0, 1000) });
  });
  await openApp(page);
  const losses = page.locator("#losses");
  const alert = losses.getByRole("alert");
  await expect(alert).toContainText("data/losses.json is not valid JSON; the file may be truncated");
  // The rest of the page still works: the range control, the credits.
  await page.getByRole("button", { name: "90 days" }).click();
  await expect(page).toHaveURL(/\?from=/);
  await expect(page.locator("#sources").getByRole("link").first()).toBeVisible();

  await page.unroute(LOSSES);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(losses.getByRole("alert")).toHaveCount(0);
  await expect(losses.getByRole("heading", { name: "Tanks", exact: true })).toBeVisible();
});
