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
    await expect(alert).toContainText(/data\/manifest\.json is missing on the server \(HTTP 404/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.unroute(MANIFEST);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a file deleted from the server is reported missing (404), never as a page or truncated JSON", async ({
    page,
  }) => {
    // The server itself answers a data file it does not have with 404, not with index.html.
    const direct = await page.request.get("/data/no-such-file.json");
    expect(direct.status()).toBe(404);
    expect(direct.headers()["content-type"] ?? "").not.toContain("text/html");
    expect(direct.headers()["content-security-policy"]).toContain("default-src 'self'");
    // oryx.json as if deleted: the request goes to a path the server does not have.
    await page.route("**/data/oryx.json", async (route) =>
      route.fulfill({
        response: await route.fetch({ url: route.request().url().replace("oryx", "gone-oryx") }),
      }),
    );
    await openApp(page);
    await page.locator("#comparison").scrollIntoViewIfNeeded();
    const alert = page.locator("#comparison").getByRole("alert").first();
    await expect(alert).toContainText("data/oryx.json is missing on the server (HTTP 404 Not Found).");
    await expect(alert).not.toContainText("truncated");
  });
});

test("a host that answers a missing file with its web page is reported as missing", async ({ page }) => {
  // Many static hosts answer unknown paths with index.html (an SPA fallback), status 200.
  await page.route("**/data/oryx.json", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>App</title>" }),
  );
  await openApp(page);
  await page.locator("#comparison").scrollIntoViewIfNeeded();
  const alert = page.locator("#comparison").getByRole("alert").first();
  await expect(alert).toContainText(
    "data/oryx.json is missing on the server: it answered with a web page (text/html) instead of the file.",
  );
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
