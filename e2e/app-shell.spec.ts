// The page as a whole: it loads cleanly from local files, credits its sources, can be used by
// keyboard, passes axe in both themes and fits a 390 px phone.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./helpers";

interface ManifestSource {
  name: string;
  url: string;
  licence: string;
  lastDate: string;
}

async function manifestSources(page: Page): Promise<ManifestSource[]> {
  const response = await page.request.get("/data/manifest.json");
  return ((await response.json()) as { sources: ManifestSource[] }).sources;
}

test("loads from local files only, dates every source and credits it", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia–Ukraine war in data");
  const sources = await manifestSources(page);
  expect(sources.length).toBeGreaterThan(0);

  // Each source's card gives the period it covers, ending on its last day in the data; its
  // technical caveats sit behind a Methodology disclosure.
  const credits = page.locator("#sources");
  for (const source of sources) {
    const card = credits.getByRole("listitem").filter({ has: page.getByRole("link", { name: source.name }) });
    await expect(card.getByRole("link", { name: source.name })).toHaveAttribute("href", source.url);
    await expect(card).toContainText(source.licence);
    await expect(card.locator(`time[datetime="${source.lastDate}"]`).last()).toBeVisible();
  }
  const methodology = credits.getByText("Methodology and caveats").first();
  await methodology.click();
  await expect(credits.getByText("Caveats").first()).toBeVisible();
});

test("the section links and the skip link move to their sections", async ({ page }) => {
  test.slow(); // every lazy section loads its code and data on the way
  await openApp(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Lazy sections near the target mount after the jump and grow; once nothing on screen is still
  // loading, the heading must sit at the top, just below the sticky range bar.
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const [name, id] of [
    ["Sources", "sources"],
    ["Map", "map"],
    ["Claims vs confirmed", "comparison"],
    ["Losses", "losses"],
  ] as const) {
    await nav.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect
      .poll(() =>
        page.evaluate((sectionId) => {
          const visible = (el: Element) => {
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          };
          if ([...document.querySelectorAll("main .skeleton")].some(visible)) return "still loading";
          const heading = document.getElementById(`${sectionId}-title`)!.getBoundingClientRect();
          // The range control and jump bar stick together on wide screens, the jump bar alone on a phone.
          const stuck = [".page-bar", ".jump-nav"]
            .map((q) => document.querySelector(q)!)
            .find((el) => getComputedStyle(el).position === "sticky");
          const below = stuck ? stuck.getBoundingClientRect().bottom : 0;
          return heading.top >= below - 1 && heading.top < innerHeight / 3
            ? "at the top"
            : `at ${Math.round(heading.top)} px`;
        }, id),
      )
      .toBe("at the top");
    await expect(page.getByRole("heading", { level: 2, name })).toBeInViewport();
  }
});

test("the theme switch says which theme is on, works by keyboard, and the choice survives a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  const themes = page.getByRole("group", { name: "Theme" });
  const light = themes.getByRole("radio", { name: "Light" });
  const dark = themes.getByRole("radio", { name: "Dark" });
  await expect(light).toBeChecked();
  await expect(dark).not.toBeChecked();
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await light.focus();
  await page.keyboard.press("ArrowRight");
  await expect(dark).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  await page.reload();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await page.getByRole("radio", { name: "Dark" }).press("ArrowLeft");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("follows the system's dark setting until the reader chooses", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page);
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(17, 20, 24)");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // A link with a notice shows every part of the shell.
    await openApp(page, "?from=garbage");
    await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("nothing overflows sideways on a 390 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?from=garbage");
  // Let charts and late panels lay out before measuring.
  await page.waitForLoadState("networkidle");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(wide).toEqual([]);
});
