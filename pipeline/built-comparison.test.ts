// The committed like-for-like territory series and the claims ledger (issue 8), read with the app's
// schemas. The NZZ jump of 2024-03-14 is a change of definition (NZZ stopped drawing the areas held
// before 2022), so it must be gone from both like-for-like series and kept in the published one.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { claimsFileSchema } from "../src/data/schemas/claims";
import { territoryFileSchema } from "../src/data/schemas/territory";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../public/data/${file}`, import.meta.url)), "utf8"));

describe("committed territory.json: like-for-like series", () => {
  const t = territoryFileSchema.parse(read("territory.json"));
  const lfl = t.likeForLike!;
  // NZZ's own date of its change of definition (its file is dated a day later).
  const i = t.nzz.dates.indexOf("2024-03-13" as (typeof t.nzz.dates)[number]);
  const step = (xs: readonly number[]) => xs[i]! - xs[i - 1]!;

  it("has the block, aligned with each source's days", () => {
    expect(lfl).toBeDefined();
    expect(lfl.nzz.since2022Km2).toHaveLength(t.nzz.dates.length);
    expect(lfl.deepstate.allOccupiedKm2).toHaveLength(t.deepstate.dates.length);
  });

  it("keeps NZZ's 2024-03-13 drop in the published series and removes it from both like-for-like ones", () => {
    expect(step(lfl.nzz.asPublishedKm2)).toBeLessThan(-t.discontinuityThresholdKm2);
    expect(Math.abs(step(lfl.nzz.since2022Km2))).toBeLessThan(t.discontinuityThresholdKm2);
    expect(Math.abs(step(lfl.nzz.allOccupiedKm2))).toBeLessThan(t.discontinuityThresholdKm2);
  });

  it("explains that drop: over 90 % of it lies inside DeepState's pre-2022 layer", () => {
    const jump = lfl.nzzJumps.find((j) => j.date === "2024-03-13")!;
    expect(Math.abs(jump.inPre2022DeltaKm2)).toBeGreaterThan(0.9 * Math.abs(jump.deltaKm2));
  });

  it("brings the two sources within 2 % of each other on either side of the change", () => {
    for (const date of ["2024-03-12", "2024-03-14"] as const) {
      const n = lfl.nzz.allOccupiedKm2[t.nzz.dates.indexOf(date as (typeof t.nzz.dates)[number])]!;
      const d =
        lfl.deepstate.allOccupiedKm2[t.deepstate.dates.indexOf(date as (typeof t.deepstate.dates)[number])]!;
      expect(Math.abs(n / d - 1)).toBeLessThan(0.02);
    }
  });

  it("since-2022 plus the pre-2022 layer is the all-occupied series, for every NZZ day", () => {
    lfl.nzz.since2022Km2.forEach((s, k) =>
      expect(Math.abs(s + lfl.reference.pre2022Km2 - lfl.nzz.allOccupiedKm2[k]!)).toBeLessThan(0.2),
    );
  });
});

describe("committed claims.json", () => {
  const claims = claimsFileSchema.parse(read("claims.json"));

  it("starts with the Newsweek article of 25 July 2023, every statement cited", () => {
    const cited = claims.claims.filter((c) => c.reportedBy.name.startsWith("Newsweek"));
    expect(cited.length).toBeGreaterThanOrEqual(10);
    expect(claims.claims.every((c) => c.readings.length > 0)).toBe(true);
  });
});
