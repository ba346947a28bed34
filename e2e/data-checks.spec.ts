// A data file that has the right shape but makes no sense (a total that falls with no correction
// listed, a day out of order) is caught at load: the panels that need it say which file failed
// which check, with Retry; every other panel keeps drawing its charts. The files are served
// broken by intercepting their requests.
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON of the served files */

/** Serves `file` changed by `edit` until `unbreak` is called. */
async function serveBroken(page: Page, file: string, edit: (json: any) => void) {
  const pattern = `**/data/${file}`;
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    edit(json);
    await route.fulfill({ response, json });
  });
  return () => page.unroute(pattern);
}

/** Brings a lazily mounted part of the page into view. */
async function reveal(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.locator(selector);
}

test("a total that falls with no correction listed disables the panels that use losses.json", async ({
  page,
}) => {
  const unbreak = await serveBroken(page, "losses.json", (json) => {
    const gs = json.generalStaff;
    // Halfway through the series, tanks fall by 5 on a day the file lists no fall for.
    let i = Math.floor(gs.dates.length / 2);
    while (gs.negativeChanges.some((n: any) => n.date === gs.dates[i] || n.date === gs.dates[i + 1])) i++;
    gs.cumulative.tank[i] = gs.cumulative.tank[i - 1] - 5;
  });
  await openApp(page);

  const losses = page.locator("#losses");
  const alert = losses.getByRole("alert");
  await expect(alert).toContainText("The losses data could not be loaded");
  await expect(alert).toContainText(
    "data/losses.json failed a check (totals fall only where the file lists the fall): tank falls from",
  );
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  // The comparison of claimed and confirmed needs losses.json too; Russia vs Ukraine and the
  // territory series do not, nor the map.
  const claimed = await reveal(page, "#comparison");
  await expect(claimed.getByRole("alert").first()).toContainText("data/losses.json failed a check");
  await expect(page.locator("#cmp-sides figure svg").first()).toBeVisible();
  await expect(page.locator("#cmp-territory figure svg").first()).toBeVisible();
  await reveal(page, "#map");
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });

  await unbreak();
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(losses.getByRole("alert")).toHaveCount(0);
  await expect(losses.getByRole("heading", { name: "Tanks", exact: true })).toBeVisible();
});

test("a territory day out of order disables the territory panels and the map only", async ({ page }) => {
  const unbreak = await serveBroken(page, "territory.json", (json) => {
    const dates = json.nzz.dates;
    const i = Math.floor(dates.length / 2);
    [dates[i], dates[i + 1]] = [dates[i + 1], dates[i]];
  });
  await openApp(page);
  await expect(page.locator("#losses figure svg").first()).toBeVisible();

  await reveal(page, "#comparison");
  const territory = page.locator("#comparison").getByRole("alert").filter({ hasText: "territory data" });
  await expect(territory).toContainText(
    /data\/territory\.json failed a check \(dates in order, each day once\): nzz\.dates\[\d+\] \(\d{4}-\d\d-\d\d\) comes after/,
  );
  await expect(territory.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(page.locator("#cmp-claimed figure svg").first()).toBeVisible();
  await expect(page.locator("#cmp-sides figure svg").first()).toBeVisible();
  const map = await reveal(page, "#map");
  await expect(map.getByRole("alert")).toContainText("data/territory.json failed a check (dates in order");
  await expect(page.locator("#losses figure svg").first()).toBeVisible();

  await unbreak();
  await territory.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator("#cmp-territory figure svg").first()).toBeVisible();
  await expect(map.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
});

test("a map chunk drawn outside Ukraine is refused with the check named; the rest of the map and page work", async ({
  page,
}) => {
  // Every DeepState chunk moved 20° east, as a corrupt or hostile file would place it.
  const unbreak = await serveBroken(page, "map/deepstate-*.json", (json) => {
    json.topology.transform.translate[0] += 20;
  });
  await openApp(page);
  const map = await reveal(page, "#map");
  const alert = map.getByRole("alert");
  await expect(alert).toContainText("Part of the map could not be loaded");
  await expect(alert).toContainText(
    /data\/map\/deepstate-[\d-]+\.json failed a check \(map shapes inside Ukraine's bounds\): arcs\[\d+\]\[\d+\] is at/,
  );
  // The basemap and the controls still draw; so does the rest of the page.
  await expect(page.locator(".front-map svg")).toBeVisible();
  await expect(map.getByRole("radio", { name: "Bakhmut" })).toBeVisible();
  await expect(page.locator("#losses figure svg").first()).toBeVisible();

  await unbreak();
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(map.getByRole("alert")).toHaveCount(0);
});

test("an Oryx day that does not exist (2023-02-30) is refused with the file and the rule named, and Retry recovers", async ({
  page,
}) => {
  // The last February day of 2023 in the file becomes the 30th: in order, well-formed, not a day.
  const unbreak = await serveBroken(page, "oryx.json", (json) => {
    const i = json.dates.findLastIndex((d: string) => d.startsWith("2023-02-"));
    json.dates[i] = "2023-02-30";
  });
  await openApp(page);
  await expect(page.locator("#losses figure svg").first()).toBeVisible();

  await reveal(page, "#comparison");
  const sides = page
    .locator("#comparison")
    .getByRole("alert")
    .filter({ hasText: "The Oryx data could not be loaded" });
  await expect(sides).toContainText(
    /data\/oryx\.json failed a check \(dates are real calendar days, none after the build day\): dates\[\d+\] is 2023-02-30, not a calendar day\./,
  );
  await expect(page.locator("#cmp-territory figure svg").first()).toBeVisible();

  await unbreak();
  await sides.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator("#cmp-sides figure svg").first()).toBeVisible();
  await expect(
    page.locator("#comparison").getByRole("alert").filter({ hasText: "data/oryx.json" }),
  ).toHaveCount(0);
});
