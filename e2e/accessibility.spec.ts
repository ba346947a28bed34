// Accessibility over the whole page, as a reader with a screen reader or a keyboard meets it: axe
// finds nothing in either theme with every lazy section mounted, the table open, a notice shown, the
// map at a sector preset and a Download menu open, nor in the chart-only (?embed=) view; and the
// page can be used from the keyboard alone, with the focus always visible.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, openApp, searchParams, test } from "./helpers";

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")}${n.any[0]?.message ? ` (${n.any[0].message})` : ""}`).join(", ")}`,
  );
}

/** Scrolls each lazily mounted section into view and waits for what it draws. */
async function mountEverything(page: Page) {
  await expect(page.locator("#losses figure svg").first()).toBeVisible();
  await page.locator("#comparison").scrollIntoViewIfNeeded();
  await expect(page.locator("#cmp-territory figure svg").first()).toBeVisible();
  await expect(page.locator("#cmp-ledger [data-claim]").first()).toBeVisible();
  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".map-legend li").first()).toContainText("km²", { timeout: 30_000 });
  await page.locator("#sources").scrollIntoViewIfNeeded();
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the whole page has no axe violations in the ${colorScheme} theme: table open, notice, map preset, Download menu`, async ({
    page,
  }) => {
    test.setTimeout(240_000); // axe over the whole page (map, table, every chart) is slow on a busy machine
    await page.emulateMedia({ colorScheme });
    await openApp(page, "?from=garbage&map=bakhmut");
    await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toBeVisible();
    await mountEverything(page);
    await page
      .locator("#losses")
      .getByRole("button", { name: /as a table/ })
      .click();
    await expect(page.locator("#losses").getByRole("table")).toBeVisible();
    const frame = page.locator("figure#front-line-map");
    await frame.getByRole("button", { name: "Download" }).click();
    await expect(frame.getByRole("menu", { name: "Download and share" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`the chart-only view has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/?embed=losses-equipment");
    await expect(page.locator("#losses-equipment svg.losses-surface")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

/** Presses Tab until `target` has the focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * The focused control draws a visible ring: an outline or a box-shadow, on itself or, for a radio
 * drawn as a button (the native input is hidden), on the label text that follows it.
 */
async function expectFocusVisible(target: Locator) {
  const ring = await target.evaluate((el) => {
    const drawn = el instanceof HTMLInputElement && el.type === "radio" ? el.nextElementSibling! : el;
    const s = getComputedStyle(drawn);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
    return outline || s.boxShadow !== "none";
  });
  expect(ring, "the focused control shows an outline or a box-shadow").toBe(true);
}

test("the page works from the keyboard alone, with the focus always visible", async ({ page }) => {
  test.setTimeout(240_000); // a few hundred Tab presses, each checked, on a busy machine
  await openApp(page);
  // From the top of the page, like a reader who has just arrived.
  await page.locator("body").focus();

  const preset = page.getByRole("button", { name: "90 days" });
  await tabTo(page, preset);
  await expectFocusVisible(preset);
  await page.keyboard.press("Enter");
  await expect.poll(() => searchParams(page).get("from")).not.toBeNull();
  const from = searchParams(page).get("from");

  // A sparkline card toggles its category on the main chart.
  const drones = page.locator("#losses").getByRole("button", { name: /^Drones/ });
  await tabTo(page, drones);
  await expectFocusVisible(drones);
  await page.keyboard.press("Space");
  await expect(drones).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => searchParams(page).get("cats")).toContain("drone");

  await page.locator("#map").scrollIntoViewIfNeeded();
  await expect(page.locator(".front-map svg")).toBeVisible({ timeout: 30_000 });
  const bakhmut = page.locator("#map").getByRole("radio", { name: "Bakhmut" });
  await tabTo(page, page.locator("#map").getByRole("radio").first());
  await expectFocusVisible(page.locator("#map").getByRole("radio").first());
  // A radio group: the arrow keys move the choice.
  while (!(await bakhmut.isChecked())) await page.keyboard.press("ArrowRight");
  await expect.poll(() => searchParams(page).get("map")).toBe("bakhmut");

  const slider = page.getByRole("slider", { name: /Day shown/ });
  await tabTo(page, slider);
  await expectFocusVisible(slider);
  await page.keyboard.press("Home");
  await expect.poll(() => searchParams(page).get("day")).toBe(from);
  // The range is unchanged: only the map's day moved.
  expect(searchParams(page).get("from")).toBe(from);
});
