// Who held a place: the reader types a town, reads its timeline per source, moves the map's slider
// to a change, reloads and keeps the view; a bad ?place= falls back with a notice; axe passes.
// Expected dates are read from the built place-history.json (its runs: a day offset per status).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, openApp, searchParams, test } from "./helpers";

const file = JSON.parse(readFileSync(resolve("dist/data/place-history.json"), "utf8")) as {
  tracks: { id: string; from: string }[];
  places: { name: string[]; region: number[]; runs: number[][][] };
  regions: string[];
};
const addDays = (day: string, n: number) =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
const row = file.places.name.findIndex(
  (n, i) => n === "Avdiyivka" && file.regions[file.places.region[i]!] === "Donetsk",
);
/** The first change of the DeepState layers' track: the day its second run starts. */
const layers = file.tracks.findIndex((t) => t.id === "deepstate-history");
const firstChange = addDays(file.tracks[layers]!.from, file.places.runs[layers]![row]![2]!);
const medium = (day: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

/**
 * Scrolls to the place search as a reader would: the map above it may still be drawing and grow,
 * pushing the search's section away before it came near enough to mount, so scroll again until
 * the field is there.
 */
async function reachSearch(page: Page) {
  const search = page.getByRole("combobox", { name: "Find a place near the front" });
  await expect(async () => {
    await page.locator(".lazy-section--place").scrollIntoViewIfNeeded();
    await expect(search).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  return search;
}

test("type a place, read its timeline, move the map to a change, reload and keep it", async ({ page }) => {
  await openApp(page, "#map");
  const search = page.getByRole("combobox", { name: "Find a place near the front" });
  // The place panel mounts when it comes near the viewport, under the map.
  await reachSearch(page);
  await search.fill("Avdiiv");
  const option = page.getByRole("option", { name: /Avdiyivka/ }).first();
  // The town the map labels comes first, before the village of that name in Chernihiv oblast.
  await expect(option).toContainText("Avdiyivka");
  await expect(option).toContainText("Donetsk");
  await search.press("Enter");
  await expect.poll(() => searchParams(page).get("place")).toBe("avdiyivka-donetsk");

  const frame = page.locator("#place-timeline");
  await expect(frame.getByRole("heading", { level: 3 })).toHaveText(
    "Who held Avdiyivka (Donetsk), per source",
  );
  const layersFacts = frame.locator('[data-source="deepstate-history"]');
  await expect(layersFacts.locator('[data-change="first"], .place-facts__change').first()).toHaveText(
    new RegExp(`^(First|Only) change: ${medium(firstChange)}: Russian-held`),
  );

  await layersFacts.getByRole("button", { name: `Show ${medium(firstChange)} on the map` }).click();
  await expect.poll(() => searchParams(page).get("day")).toBe(firstChange);
  await expect(page.getByRole("slider", { name: /Day shown/ })).toHaveAttribute(
    "aria-valuetext",
    medium(firstChange),
  );
  await expect(layersFacts.locator(".place-facts__on-day")).toHaveText(
    `DeepState layers on ${medium(firstChange)}: Russian-held.`,
  );

  await page.reload();
  await expect(page.locator("#place-timeline").getByRole("heading", { level: 3 })).toHaveText(
    "Who held Avdiyivka (Donetsk), per source",
  );
  expect(searchParams(page).get("day")).toBe(firstChange);
  await expect(page.getByRole("slider", { name: /Day shown/ })).toHaveAttribute(
    "aria-valuetext",
    medium(firstChange),
  );
});

test("the search works from the keyboard alone", async ({ page }) => {
  await openApp(page, "#map");
  const search = page.getByRole("combobox", { name: "Find a place near the front" });
  // The place panel mounts when it comes near the viewport, under the map.
  await reachSearch(page);
  await search.focus();
  await page.keyboard.type("Artemivsk");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  const active = await search.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${active}"]`)).toContainText("Bakhmut");
  await page.keyboard.press("Enter");
  await expect.poll(() => searchParams(page).get("place")).toBe("bakhmut-donetsk");
  await expect(search).toHaveAttribute("aria-expanded", "false");
});

test("a name copied from a Ukrainian report, in Cyrillic, finds the place", async ({ page }) => {
  await openApp(page, "#map");
  const search = page.getByRole("combobox", { name: "Find a place near the front" });
  await reachSearch(page);
  await search.fill("Авдіївка");
  const option = page.getByRole("option", { name: /Avdiyivka/ }).first();
  await expect(option).toContainText("Avdiyivka");
  await expect(option).toContainText("Donetsk");
  await search.press("Enter");
  await expect.poll(() => searchParams(page).get("place")).toBe("avdiyivka-donetsk");
});

test("a place the front zone does not have, or a value that is no id, falls back with a notice", async ({
  page,
}) => {
  await openApp(page, "?place=atlantis-donetsk#map");
  await expect(
    page.getByText("The link's place “atlantis-donetsk” is not a settlement in the front zone"),
  ).toBeVisible();
  await expect(page.locator("#place-timeline")).toHaveCount(0);

  await openApp(page, `?place=${encodeURIComponent("<b>Bakhmut</b>")}#map`);
  await expect(page.getByText("The link's place “<b>Bakhmut</b>” is not a place id")).toBeVisible();
  await expect(page.locator("#place-timeline")).toHaveCount(0);
});

test("the place panel passes axe", async ({ page }) => {
  await openApp(page, "?place=bakhmut-donetsk#map");
  await expect(page.locator("#place-timeline")).toBeVisible();
  const results = await new AxeBuilder({ page }).include(".place-panel").analyze();
  expect(results.violations).toEqual([]);
});

test("the timeline embeds on its own (?embed=place-timeline)", async ({ page }) => {
  await page.goto("/?embed=place-timeline&place=bakhmut-donetsk");
  const frame = page.locator("#place-timeline");
  await expect(frame.getByRole("heading", { level: 3 })).toHaveText("Who held Bakhmut (Donetsk), per source");
  await expect(frame).toHaveAttribute("data-embed-target", "");
  await expect(
    page.getByRole("heading", { name: "Claims ledger: public statements checked against the data" }),
  ).toBeHidden();
});

test("a click on the map asks the place panel for the settlement there; a drag does not", async ({
  page,
}) => {
  await openApp(page, "?map=bakhmut#map");
  await reachSearch(page);
  await expect(page.getByRole("combobox", { name: "Find a place near the front" })).toBeVisible();
  const dot = page.getByRole("button", { name: "Bakhmut: who held it" }).locator("circle");
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A drag pans the map and asks nothing.
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 30, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator("#place-timeline")).toHaveCount(0);
  expect(searchParams(page).get("place")).toBeNull();

  const moved = (await dot.boundingBox())!;
  await page.mouse.click(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await expect.poll(() => searchParams(page).get("place")).toBe("bakhmut-donetsk");
  await expect(page.locator("#place-timeline").getByRole("heading", { level: 3 })).toHaveText(
    "Who held Bakhmut (Donetsk), per source",
  );
});

test("DeepState's liberated layer: the change says so and the strip draws its own run", async ({ page }) => {
  // Kherson: the first run of DeepState's layers' "liberated" status (code 3 in place-history.json).
  const kherson = file.places.name.findIndex(
    (n, i) => n === "Kherson" && file.regions[file.places.region[i]!] === "Kherson",
  );
  const runs = file.places.runs[layers]![kherson]!;
  const k = runs.findIndex((v, i) => i % 2 === 1 && v === 3);
  const liberatedFrom = addDays(file.tracks[layers]!.from, runs[k - 1]!);
  await openApp(page, "?place=kherson-kherson#map");
  const frame = page.locator("#place-timeline");
  await expect(frame.getByRole("heading", { level: 3 })).toHaveText("Who held Kherson (Kherson), per source");
  const layersFacts = frame.locator('[data-source="deepstate-history"]');
  // Liberated is the last run Kherson's layers show: the last (or only) change names it.
  await expect(layersFacts.locator("[data-change]").last()).toHaveText(
    new RegExp(
      `^(Only|Last) change: ${medium(liberatedFrom)}: liberated \\(not Russian-held\\) Show on the map$`,
    ),
  );
  await layersFacts.getByRole("button", { name: `Show ${medium(liberatedFrom)} on the map` }).click();
  await expect.poll(() => searchParams(page).get("day")).toBe(liberatedFrom);
  await expect(layersFacts.locator(".place-facts__on-day")).toHaveText(
    `DeepState layers on ${medium(liberatedFrom)}: liberated (not Russian-held).`,
  );
  await expect(frame.locator(`[data-status="liberated"][data-from="${liberatedFrom}"]`)).toHaveCount(1);
  await expect(
    frame
      .getByRole("list", { name: "Legend" })
      .getByText("liberated: retaken by Ukraine (DeepState layers)", { exact: true }),
  ).toBeVisible();
});
