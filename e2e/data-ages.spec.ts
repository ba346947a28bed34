// The header says how current each source is: its last day, as in manifest.json, its age on the
// reader's day, and the site's build day; the default range ends on the newest day of any source.
import { readFileSync } from "node:fs";
import { expect, openApp, rangeInputs, test } from "./helpers";

interface ManifestSource {
  id: string;
  lastDate: string;
  kind?: string;
  continuedBy?: string;
}
const manifest = JSON.parse(readFileSync("public/data/manifest.json", "utf8")) as {
  sources: ManifestSource[];
  bounds: { from: string; to: string };
};
const series = manifest.sources.filter((s) => s.kind !== "reference");
const running = series.filter((s) => !s.continuedBy);
const stopped = series.filter((s) => s.continuedBy);

const dayMs = 86_400_000;
const ageOn = (today: string, day: string) => Math.round((Date.parse(today) - Date.parse(day)) / dayMs);

test("the header gives each source's last day as the manifest does, with its age", async ({ page }) => {
  const today = "2026-12-07";
  await page.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
  await openApp(page);
  const line = page.getByTestId("data-ages");
  for (const source of running) {
    const item = line.locator(`[data-source="${source.id}"]`);
    await expect(item.locator("time")).toHaveAttribute("datetime", source.lastDate);
    await expect(item.locator(".data-ages__age")).toHaveText(`(${ageOn(today, source.lastDate)} days old)`);
  }
  // A source that stopped upstream is not listed as running; its end is explained under "why".
  expect(await line.locator("[data-source]").count()).toBe(running.length);
  await page.getByText("Why some sources are behind").click();
  for (const source of stopped)
    await expect(page.locator(`.data-ages__why time[datetime="${source.lastDate}"]`)).toBeVisible();
  // The default range ends on the newest day any source has.
  await expect(rangeInputs(page).to).toHaveValue(manifest.bounds.to);
});

test("the Sources table gives a change's measured size once its source's data has loaded", async ({
  page,
}) => {
  const oryx = JSON.parse(readFileSync("public/data/oryx.json", "utf8")) as {
    methodChanges: { id: string; figures: { label: string; value: number }[] }[];
  };
  const removal = oryx.methodChanges.find((m) => m.id.includes("recon-uavs-ugvs-removed"))!;
  await openApp(page, "#sources");
  const row = page.locator(`#method-change-${removal.id}`);
  // Opened straight at Sources: the Oryx file has not loaded, and the table says so.
  await expect(row.locator("td").nth(3)).toHaveText(
    "measured in the data shown above; appears once that section has loaded",
  );
  // The comparison section loads the Oryx file; back in Sources the measured figures are there.
  await page.locator("#comparison").scrollIntoViewIfNeeded();
  await expect(page.locator("figure#claimed-vs-confirmed-tank")).toBeVisible({ timeout: 30_000 });
  await row.scrollIntoViewIfNeeded();
  const first = removal.figures[0]!;
  await expect(row.locator("td").nth(3)).toContainText(
    `${first.label}: ${first.value.toLocaleString("en-GB")}`,
  );
});
