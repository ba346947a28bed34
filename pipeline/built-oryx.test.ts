// The committed oryx.json (issue 21): the history and the daily files stitched into one series,
// checked against the cross-checks in ../shared/data/README.md, and the change of method of
// 2026-05-04 (Oryx removed reconnaissance UAVs and UGVs from both lists) never read as losses.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lossesFileSchema } from "../src/data/schemas/losses";
import { oryxFileSchema } from "../src/data/schemas/oryx";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../public/data/${file}`, import.meta.url)), "utf8"));
const RAW_DAILY = fileURLToPath(new URL("../../shared/data/oryx-daily/", import.meta.url));

describe("committed oryx.json: history and daily files stitched", () => {
  const oryx = oryxFileSchema.parse(read("oryx.json"));
  const published = oryx.asPublished!.countries;
  const at = (day: string) => oryx.dates.indexOf(day as (typeof oryx.dates)[number]);

  it("holds the README's figures on 2025-07-19, the day both sources hold", () => {
    const i = at("2025-07-19");
    expect(published.russia.allTypes!.total[i]).toBe(22381);
    expect(oryx.countries.russia.tanks.total[i]).toBe(4074);
  });

  it("runs to the newest daily file, with every day after the history", () => {
    const newest = readdirSync(RAW_DAILY)
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.csv$/.test(f))
      .sort()
      .at(-1)!
      .slice(0, 10);
    expect(oryx.dates.at(-1)).toBe(newest);
    const after = oryx.dates.filter((d) => d >= "2025-07-19");
    // One value a day from the overlap on: no day of the daily files is lost.
    expect(after.length).toBe((Date.parse(newest) - Date.parse("2025-07-19")) / 86_400_000 + 1);
  });

  it("has a value for every compared type on the General Staff's last day", () => {
    const gs = lossesFileSchema.parse(read("losses.json")).generalStaff;
    const i = at(gs.dates.at(-1)!);
    expect(i).toBeGreaterThan(0);
    for (const pair of oryx.mapping.filter((m) => m.comparable))
      for (const type of pair.oryx) expect(oryx.countries.russia[type].total[i]).not.toBeNull();
  });

  it("shows the published fall of 2026-05-04 as published: Russia 24,487 → 23,650, Ukraine 12,030 → 11,219", () => {
    const i = at("2026-05-04");
    expect(oryx.dates[i - 1]).toBe("2026-05-03");
    expect([published.russia.allTypes!.total[i - 1], published.russia.allTypes!.total[i]]).toEqual([
      24487, 23650,
    ]);
    expect([published.ukraine.allTypes!.total[i - 1], published.ukraine.allTypes!.total[i]]).toEqual([
      12030, 11219,
    ]);
  });

  it("does not show the removal as losses like for like (the default)", () => {
    const i = at("2026-05-04");
    for (const country of ["russia", "ukraine"] as const) {
      const lfl = oryx.countries[country].allTypes.total;
      const pub = published[country].allTypes!.total;
      const fall = pub[i]! - pub[i - 1]!;
      // What is left is the day's other revisions (Ukraine's trucks moved that day too): under 5 %.
      expect(Math.abs(lfl[i]! - lfl[i - 1]!)).toBeLessThan(0.05 * Math.abs(fall));
    }
    const ru = oryx.countries.russia.allTypes.total;
    expect(ru[i]!).toBeGreaterThanOrEqual(ru[i - 1]!);
    // Combat UAVs alone, like for like: the same on both days.
    expect(oryx.countries.russia.uavs.total[i]).toBe(oryx.countries.russia.uavs.total[i - 1]);
  });

  it("measures the removal into methodChanges with the published figures", () => {
    const m = oryx.methodChanges!.find((c) => c.id === "oryx-2026-05-04-recon-uavs-ugvs-removed")!;
    expect(m.day).toBe("2026-05-04");
    const value = (label: string) => m.figures.find((f) => f.label === label)?.value;
    expect(value("Russia, All types (Oryx's total), as published, 2026-05-03")).toBe(24487);
    expect(value("Russia, All types (Oryx's total), as published, 2026-05-04")).toBe(23650);
    expect(value("Ukraine, All types (Oryx's total), as published, 2026-05-04")).toBe(11219);
  });

  it("measures the 2026-05-10 narrowing of Russia's trucks: 4,646 → 4,431", () => {
    const m = oryx.methodChanges!.find((c) => c.id === "oryx-2026-05-10-trucks-narrowed")!;
    const trucks = m.figures.filter((f) => f.label.startsWith("Russia, Trucks"));
    expect(trucks.map((f) => f.value)).toEqual([4646, 4431]);
  });
});
