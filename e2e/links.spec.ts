// Links never break the page: an embed id no chart has shows the dashboard with a notice naming it
// and the ids that exist; a hash that is not valid percent-encoding is ignored; hostile values for
// every parameter (repeated, unknown, markup, paths to other hosts) leave a working page that is no
// wider than the window. The pageGuard fixture fails any case that logs an error, throws, or asks
// another host for anything.
import type { Page } from "@playwright/test";
import { expect, test } from "./helpers";

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/**
 * The page works: the header, the range control and the losses section are there and visible, with
 * its first chart unless the link deliberately ticks no category (?cats=).
 */
async function expectDashboard(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Russia–Ukraine war in data" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Date range" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Losses" })).toBeVisible();
  if (new URL(page.url()).searchParams.get("cats") !== "") {
    await expect(page.locator("#losses [data-chart-frame] svg").first()).toBeVisible();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "nothing widens the page").toBeLessThanOrEqual(0);
}

/** The unknown-embed notice, whose text lists the ids of the charts on the page. */
function embedNotice(page: Page) {
  return page.getByRole("status").filter({ hasText: "to embed, so the whole dashboard is shown" });
}

/** The ids of the chart frames on the page, in order. */
const frameIds = (page: Page) =>
  page.$$eval("[data-chart-frame]", (els) => [...new Set(els.map((el) => el.id))]);

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "//example.com/x.json",
  "https://example.com/",
  "../../../etc/passwd",
  "%",
  "%E0%A4%A",
  "\u202Egnp.exe",
  " ",
  "9".repeat(400),
];
const PARAMS = ["from", "to", "cats", "view", "scale", "events", "cmpPair", "cmpRatio", "cmpType", "terrDef"];
const MAP_PARAMS = ["map", "day", "src", "mode"];
const HASHES = [
  "#%",
  "#%E0%A4%A",
  "#%zz",
  "#<script>alert(1)</script>",
  "#javascript:alert(1)",
  `#${"%".repeat(300)}`,
];

/** The fuzzed links: every parameter with hostile values, repeated and unknown ones, broken hashes. */
function fuzzedLinks(): string[] {
  const links: string[] = [];
  HOSTILE.forEach((value, i) => {
    const v = encodeURIComponent(value);
    // Every parameter at once, and the map's (which load the map section) in a second link.
    links.push(`?${PARAMS.map((p) => `${p}=${v}`).join("&")}${HASHES[i % HASHES.length]}`);
    links.push(`?${MAP_PARAMS.map((p) => `${p}=${v}`).join("&")}#map`);
  });
  links.push("?from=2023-01-01&from=2024-01-01&to=2023-02-01&to=x&cats=tank&cats=apc");
  links.push("?nope=1&__proto__=x&constructor=y&toString=z&embed_=1");
  links.push(`?${"a=1&".repeat(500)}`);
  links.push("?cats=&view=&scale=&events=&from=&to=");
  for (const hash of HASHES) links.push(`?from=2023-06-04&to=2023-11-30${hash}`);
  return links;
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("an embed id that is no chart shows the dashboard, naming the id and the ids that exist", async ({
      page,
    }) => {
      await page.goto("/?embed=true");
      await expectDashboard(page);
      const notice = embedNotice(page);
      await expect(notice).toContainText(
        "There is no chart “true” to embed, so the whole dashboard is shown.",
      );
      // Every section mounts at once, so the list names the map's and the comparison's charts too.
      await expect(notice).toContainText(/front-line-map, map-occupied-all, map-weekly-all\./);
      await expect(notice).toContainText(/: losses-personnel, losses-equipment, /);
      await expect(notice).toContainText(/, claims-ledger, /);
      // The list is the page's charts, no more and no fewer.
      const ids = await frameIds(page);
      await expect(notice).toContainText(`Charts that can be embedded (?embed=<id>): ${ids.join(", ")}.`);
      // One of the listed ids does embed.
      await page.goto("/?embed=claims-ledger");
      await expect(page.locator("#claims-ledger")).toBeVisible({ timeout: 3000 });
      await expect(page.locator(".site-header")).toBeHidden();
    });

    test("an id in a section's form that the section does not draw falls back to the dashboard", async ({
      page,
    }) => {
      await page.goto("/?embed=losses-nope");
      await expectDashboard(page);
      await expect(embedNotice(page)).toContainText("There is no chart “losses-nope” to embed");
      await expect(embedNotice(page)).toContainText(/: losses-personnel, losses-equipment\./);
    });

    test("markup as an embed id is quoted as text, never inserted", async ({ page }) => {
      await page.goto(`/?embed=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
      await expectDashboard(page);
      await expect(embedNotice(page)).toContainText(
        "There is no chart “<img src=x onerror=alert(1)>” to embed",
      );
      await expect(page.locator("img[src=x]")).toHaveCount(0);
    });

    test("a hash that is not valid percent-encoding is ignored while the reader uses the page", async ({
      page,
    }) => {
      await page.goto("/#%");
      await expectDashboard(page);
      // The hash anchor reads the hash on resizes, clicks and hash changes: each once.
      await page.setViewportSize({ width: viewport.width, height: viewport.height - 100 });
      await page.mouse.wheel(0, 600);
      await page.getByRole("link", { name: "Sources" }).first().click();
      await expect(page).toHaveURL(/#sources$/);
      await page.evaluate(() => (window.location.hash = "%E0%A4%A"));
      await page.setViewportSize(viewport);
      await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeInViewport();
    });

    test("fuzzed links (hostile, repeated and unknown parameters, broken hashes) leave a working page", async ({
      page,
    }) => {
      test.slow();
      let dialogs = 0;
      page.on("dialog", (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      for (const link of fuzzedLinks()) {
        await test.step(link.slice(0, 80), async () => {
          await page.goto(`/${link}`);
          await expectDashboard(page);
          await page.mouse.wheel(0, 400);
          await expect(page.locator("img[src=x], svg[onload], body script:not([src])")).toHaveCount(0);
        });
      }
      expect(dialogs).toBe(0);
    });
  });
}

// "Copy link" gives `…#<chart id>`; the chart is in a section drawn only once its code and data
// arrive, so the page scrolls to it then (lib/permalink.ts) and holds it there (app/use-hash-anchor.ts).
for (const id of ["territory-all", "front-line-map"]) {
  test(`a permalink to #${id} opens on that chart, drawn`, async ({ page }) => {
    await page.goto(`/?from=2023-06-04&to=2023-11-30#${id}`);
    const frame = page.locator(`figure#${id}`);
    await expect(frame.locator("svg").first()).toBeVisible({ timeout: 90_000 });
    await expect(frame).toBeInViewport({ timeout: 30_000 });
  });
}
