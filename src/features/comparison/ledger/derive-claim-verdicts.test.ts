import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../../data/schemas/claims";
import { iso, makeGeneralStaff } from "../../../data/test-builders";
import type { Claim } from "../../../data/schemas/claims";
import { compare, evaluateCheck, evaluateReading, nextChangeAfter } from "./derive-claim-verdicts";
import { makeOryx, makeTerritory, makeTerritorySeries } from "../test-fixtures";

const gs = makeGeneralStaff({
  start: "2023-07-17",
  tank: [100, 103, 110, 118],
  personnel: [null, 50, 60, 70],
});
const oryx = makeOryx({
  dates: ["2023-07-15", "2023-07-17", "2023-07-20"],
  russia: { tanks: [40, 42, null] },
  ukraine: { tanks: [10, 11, 15] },
});

const gsChange = (baseline: string, to: string, claimed: number): ClaimCheck => ({
  kind: "generalStaffChange",
  category: "tank",
  baseline: iso(baseline),
  to: iso(to),
  claimed,
  comparator: "equals",
});

describe("compare", () => {
  it("says by how much and what share of the claim the data differs", () => {
    expect(compare(55, 55, "equals")).toEqual({ kind: "matches", value: 55 });
    expect(compare(60, 50, "equals")).toEqual({ kind: "differs", value: 60, diff: 10, pct: 0.2 });
    expect(compare(150, 160, "atLeast")).toMatchObject({ kind: "differs", diff: -10 });
    expect(compare(170, 160, "atLeast").kind).toBe("matches");
  });

  it('counts a figure exactly at an "at least" claim as matching it', () => {
    expect(compare(160, 160, "atLeast")).toEqual({ kind: "matches", value: 160 });
    expect(compare(159, 160, "atLeast")).toMatchObject({ kind: "differs", diff: -1 });
  });

  it("gives no percentage for a claim of zero instead of dividing by zero", () => {
    expect(compare(3, 0, "equals")).toEqual({ kind: "differs", value: 3, diff: 3, pct: null });
  });
});

describe("evaluateCheck: General Staff", () => {
  it("checks a change as the window end minus its baseline, over the days after the baseline", () => {
    const e = evaluateCheck(gsChange("2023-07-17", "2023-07-20", 18), { generalStaff: gs });
    expect(e.verdict).toEqual({ kind: "matches", value: 18 });
    expect(e.terms.map((t) => t.value)).toEqual([118, 100]);
    // "Since 17 July" to 20 July: the range 18..20 July, whose KPI (20 Jul − 17 Jul) is the same 18.
    expect(e.window).toEqual({ from: "2023-07-18", to: "2023-07-20" });
    expect(e.baseline).toBe("2023-07-17");
  });

  it("reports a different weekly figure with its difference", () => {
    expect(evaluateCheck(gsChange("2023-07-18", "2023-07-20", 20), { generalStaff: gs }).verdict).toEqual({
      kind: "differs",
      value: 15,
      diff: -5,
      pct: -0.25,
    });
  });

  it("is not checkable when the window starts before the data, or a day is not reported", () => {
    const early = evaluateCheck(gsChange("2023-07-10", "2023-07-20", 18), { generalStaff: gs }).verdict;
    expect(early).toMatchObject({
      kind: "notCheckable",
      reason: expect.stringMatching(/outside the General Staff data/),
    });
    const unreported = evaluateCheck(
      {
        kind: "generalStaffTotal",
        category: "personnel",
        asOf: iso("2023-07-17"),
        claimed: 1,
        comparator: "equals",
      },
      { generalStaff: gs },
    ).verdict;
    expect(unreported).toMatchObject({
      kind: "notCheckable",
      reason: expect.stringMatching(/no personnel figure/),
    });
  });
});

describe("evaluateCheck: Oryx", () => {
  it("uses the last snapshot within the tolerance and names the day it used", () => {
    const e = evaluateCheck(
      {
        kind: "oryxTotal",
        country: "ukraine",
        type: "tanks",
        asOf: iso("2023-07-19"),
        claimed: 11,
        comparator: "equals",
      },
      { oryx },
    );
    expect(e.verdict).toEqual({ kind: "matches", value: 11 });
    expect(e.window).toEqual({ from: "2023-07-17", to: "2023-07-17" });
  });

  it("is not checkable on a rejected row, a gap beyond the tolerance or a window partly outside coverage", () => {
    const rejected = evaluateCheck(
      {
        kind: "oryxTotal",
        country: "russia",
        type: "tanks",
        asOf: iso("2023-07-20"),
        claimed: 1,
        comparator: "equals",
      },
      { oryx },
    ).verdict;
    expect(rejected).toMatchObject({ kind: "notCheckable", reason: expect.stringMatching(/rejected/) });
    const late = evaluateCheck(
      {
        kind: "oryxChange",
        country: "ukraine",
        type: "tanks",
        baseline: iso("2023-07-15"),
        to: iso("2023-07-30"),
        claimed: 1,
        comparator: "equals",
      },
      { oryx },
    ).verdict;
    expect(late).toMatchObject({
      kind: "notCheckable",
      reason: expect.stringMatching(/after Oryx's last snapshot/),
    });
    const early = evaluateCheck(
      {
        kind: "oryxChange",
        country: "ukraine",
        type: "tanks",
        baseline: iso("2023-07-01"),
        to: iso("2023-07-20"),
        claimed: 1,
        comparator: "equals",
      },
      { oryx },
    ).verdict;
    expect(early).toMatchObject({
      kind: "notCheckable",
      reason: expect.stringMatching(/before Oryx's first snapshot/),
    });
  });

  it("checks an 'at least' claim over a window of snapshots", () => {
    const e = evaluateCheck(
      {
        kind: "oryxChange",
        country: "ukraine",
        type: "tanks",
        baseline: iso("2023-07-15"),
        to: iso("2023-07-20"),
        claimed: 6,
        comparator: "atLeast",
      },
      { oryx },
    );
    expect(e.verdict).toMatchObject({ kind: "differs", value: 5, diff: -1 });
  });
});

describe("evaluateCheck: territory advance", () => {
  const ds = makeTerritorySeries({
    start: "2023-07-17",
    occupied: [10, 10, 10, 10],
    sectorGained: [null, 1, 0, 0],
    sectorLost: [null, 0, 2.5, 3],
  });
  const territory = makeTerritory(ds, ds);
  const advance = (baseline: string, to: string, minKm2 = 1): ClaimCheck => ({
    kind: "territoryAdvance",
    source: "deepstate",
    sector: "bakhmut",
    baseline: iso(baseline),
    to: iso(to),
    minKm2,
  });

  it("matches when Russia lost ground in the sector over the window (the baseline day not counted)", () => {
    const e = evaluateCheck(advance("2023-07-17", "2023-07-20"), { territory });
    expect(e.verdict).toEqual({ kind: "matches", value: 5.5 });
    expect(e.terms.map((t) => t.value)).toEqual([5.5, 1]);
  });

  it("differs when nothing was retaken, and is not checkable past the data", () => {
    expect(evaluateCheck(advance("2023-07-17", "2023-07-18"), { territory }).verdict.kind).toBe("differs");
    expect(evaluateCheck(advance("2023-07-18", "2023-07-25"), { territory }).verdict).toMatchObject({
      kind: "notCheckable",
      reason: expect.stringMatching(/not inside this source's measured changes/),
    });
  });
});

describe("evaluateReading: verdicts against the claim's own source, context against another", () => {
  const oryxChange: ClaimCheck = {
    kind: "oryxChange",
    country: "russia",
    type: "tanks",
    baseline: iso("2023-07-15"),
    to: iso("2023-07-17"),
    claimed: 18,
    comparator: "equals",
  };
  const claim = (verdictSource: Claim["verdictSource"], checks: ClaimCheck[]): Claim => ({
    id: "made-up",
    date: iso("2023-07-20"),
    who: "Someone",
    quote: "A made-up statement.",
    counts: "tanks",
    reportedBy: { name: "Test News", url: "https://example.org/news" },
    primary: null,
    verdictSource,
    readings: checks.map((check, i) => ({ label: `Reading ${i + 1}`, why: "test", check })),
  });

  it("gives the own source's reading a verdict and the other source's figure as context, never 'differs'", () => {
    const c = claim("generalStaff", [gsChange("2023-07-17", "2023-07-20", 18), oryxChange]);
    const [own, other] = c.readings.map((r) => evaluateReading(c, r, { generalStaff: gs, oryx }));
    expect([own!.role, own!.verdict]).toEqual(["verdict", { kind: "matches", value: 18 }]);
    // Oryx: 42 (17 Jul) − 40 (15 Jul) = 2, far below 18, and still only context.
    expect([other!.role, other!.verdict]).toEqual(["context", { kind: "context", value: 2 }]);
  });

  it("makes every reading context when no source is the claim's own", () => {
    const c = claim(null, [gsChange("2023-07-18", "2023-07-20", 3)]);
    expect(evaluateReading(c, c.readings[0]!, { generalStaff: gs })).toMatchObject({
      role: "context",
      verdict: { kind: "context", value: 15 },
    });
  });

  it("keeps 'not checkable' with its reason for a context reading", () => {
    const c = claim("generalStaff", [{ ...oryxChange, to: iso("2023-07-30") }]);
    expect(evaluateReading(c, c.readings[0]!, { oryx }).verdict.kind).toBe("notCheckable");
  });
});

describe("nextChangeAfter", () => {
  // A source whose update lands the day after the window (as NZZ's files, dated a day late).
  const nzz = makeTerritorySeries({
    start: "2023-07-17",
    occupied: [10, 10, 10, 10, 10],
    sectorGained: [null, 0, 0, 0, 0.5],
    sectorLost: [null, 0, 0, 0, 14.5],
  });
  const territory = makeTerritory(nzz, nzz);

  it("names the first day after the window with a change in the box, within the days given", () => {
    expect(nextChangeAfter(territory, "nzz", "bakhmut", iso("2023-07-19"), 7)).toEqual({
      date: "2023-07-21",
      gained: 0.5,
      lost: 14.5,
    });
    expect(nextChangeAfter(territory, "nzz", "bakhmut", iso("2023-07-19"), 1)).toBeNull();
  });
});
