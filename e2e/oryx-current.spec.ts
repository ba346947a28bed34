// Oryx that stays current (issue 21): on the default range the claims-vs-confirmed chart draws Oryx
// to the General Staff's last day, and Oryx's 2026-05-04 change of method (reconnaissance UAVs and
// UGVs removed from both lists) is marked, like for like by default, as published one click away.
// Expected values come from the built public/data files, never typed.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, openApp, searchParams, test } from "./helpers";

test.use({ locale: "en-GB" });

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON of the built files */
const data = (file: string): any =>
  JSON.parse(readFileSync(new URL(`../public/data/${file}`, import.meta.url), "utf8"));
const losses = data("losses.json");
const oryx = data("oryx.json");
const ledger = data("method-changes.json");

const num = (n: number) => new Intl.NumberFormat("en-GB").format(n);
const day = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
const gsLast: string = losses.generalStaff.dates.at(-1);
const gsAt = (category: string, date: string): number =>
  losses.generalStaff.cumulative[category][losses.generalStaff.dates.indexOf(date)];
const total = (series: any, date: string): number => series.total[oryx.dates.indexOf(date)];

async function openSection(page: Page, search: string) {
  await openApp(page, search);
  const section = page.locator("#comparison");
  await section.scrollIntoViewIfNeeded();
  return section;
}

test("on the default range, Oryx runs to the General Staff's last day", async ({ page }) => {
  const section = await openSection(page, "");
  const frame = section.locator("figure#claimed-vs-confirmed-tank");
  const confirmed = total(oryx.countries.russia.tanks, gsLast);
  await expect(frame.locator("h3")).toHaveText(
    `${day(gsLast)}: ${num(gsAt("tank", gsLast))} tanks claimed, at least ${num(confirmed)} confirmed`,
  );
  // The last point, read from the keyboard: End.
  await frame.getByRole("application").focus();
  await page.keyboard.press("End");
  const tooltip = section.getByTestId("cmp-tooltip");
  await expect(tooltip.locator(".chart-tooltip__date")).toHaveText(day(gsLast));
  await expect(tooltip.getByRole("row", { name: /Confirmed/ }).getByRole("cell")).toHaveText(num(confirmed));
  await expect(section.getByText(/Oryx’s data ends/)).toHaveCount(0);
});

test("Oryx's May 2026 removal is marked and no loss like for like; as published shows the fall", async ({
  page,
}) => {
  const change = ledger.changes.find((c: any) => c.id === "oryx-2026-05-04-recon-uavs-ugvs-removed");
  const section = await openSection(page, "?from=2026-04-27&to=2026-05-08&cmpType=allTypes");
  const frame = section.locator("figure#russia-vs-ukraine-allTypes");
  const chart = frame.getByRole("application");
  const tooltip = section.getByTestId("cmp-tooltip");
  // The daily files have every day: 3 May is the 6th after 27 Apr, 4 May the 7th.
  const readDay = async (iso: string, stepsFromStart: number) => {
    await chart.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < stepsFromStart; i++) await page.keyboard.press("ArrowRight");
    await expect(tooltip.locator(".chart-tooltip__date")).toHaveText(day(iso));
  };
  await readDay("2026-05-04", 7);
  await expect(tooltip.locator(".chart-tooltip__extra").last()).toHaveText(
    `Oryx change of method: ${change.label}`,
  );
  const lfl = total(oryx.countries.russia.allTypes, "2026-05-04");
  await expect(tooltip.getByRole("row", { name: /Russia/ }).getByRole("cell")).toHaveText(num(lfl));
  // Like for like, the day before is no higher: the removal is not counted as losses reversed.
  const before = total(oryx.countries.russia.allTypes, "2026-05-03");
  expect(before).toBeLessThanOrEqual(lfl);
  await readDay("2026-05-03", 6);
  await expect(tooltip.getByRole("row", { name: /Russia/ }).getByRole("cell")).toHaveText(num(before));

  await frame.getByText("Data table").click();
  const row = frame.getByRole("region", { name: /^Data table/ }).getByRole("row", { name: "2026-05-04" });
  await expect(row.getByRole("cell").last()).toHaveText(change.label);

  await section.getByRole("radio", { name: "As published" }).first().check();
  await expect.poll(() => searchParams(page).get("cmpOryx")).toBe("published");
  // As published, the day before holds Oryx's own total, recon UAVs and UGVs included: the fall shows.
  const published = oryx.asPublished.countries.russia.allTypes;
  expect(total(published, "2026-05-03")).toBeGreaterThan(total(published, "2026-05-04"));
  await readDay("2026-05-03", 6);
  await expect(tooltip.getByRole("row", { name: /Russia/ }).getByRole("cell")).toHaveText(
    num(total(published, "2026-05-03")),
  );
  // The link brings the published view back.
  await openSection(page, new URL(page.url()).search);
  await expect(section.getByRole("radio", { name: "As published" }).first()).toBeChecked();
  await readDay("2026-05-03", 6);
  await expect(tooltip.getByRole("row", { name: /Russia/ }).getByRole("cell")).toHaveText(
    num(total(published, "2026-05-03")),
  );
});
