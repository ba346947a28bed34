import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../../../data/schemas/claims";
import { iso, makePlaceHistory } from "../../../data/test-builders";
import { evaluateCheck } from "./derive-claim-verdicts";

// Layers 1–31 Jan 2023: held from 10 Jan; NZZ 25 Dec 2022 – 25 Feb 2023: held from 12 Jan (offset 18).
const placeHistory = makePlaceHistory([
  {
    name: "Town",
    runs: [
      [0, 0, 9, 1],
      [0, 1],
      [0, 0, 18, 1],
    ],
  },
]);
const took = (source: "deepstate-history" | "nzz", asOf: string, place = "town-alpha"): ClaimCheck => ({
  kind: "placeHeld",
  source,
  place,
  asOf: iso(asOf),
});

describe("“took X on D”, checked against a source's timeline", () => {
  it("matches when the map showed the place held by D, with the first day and the day before", () => {
    const e = evaluateCheck(took("deepstate-history", "2023-01-11"), { placeHistory });
    expect(e.verdict).toEqual({ kind: "matches", value: -1 });
    expect(e.terms).toEqual([
      { label: "First day shown Russian-held", date: "2023-01-10", value: -1 },
      { label: "Last day shown not Russian-held", date: "2023-01-09", value: 0 },
    ]);
    expect(e.window).toEqual({ from: "2023-01-11", to: "2023-01-11" });
  });

  it("differs by the days a source showed it held only after D", () => {
    const e = evaluateCheck(took("nzz", "2023-01-10"), { placeHistory });
    expect(e.verdict).toEqual({ kind: "differs", value: 2, diff: 2, pct: null });
    expect(e.source).toBe("nzz");
  });

  it("is not checkable outside the source's maps, for an unknown place, or without the file", () => {
    expect(evaluateCheck(took("deepstate-history", "2023-02-10"), { placeHistory }).verdict).toEqual({
      kind: "notCheckable",
      reason: "10 Feb 2023 is outside this source's maps (1 Jan 2023 – 31 Jan 2023)",
    });
    expect(evaluateCheck(took("nzz", "2023-01-10", "village-alpha"), { placeHistory }).verdict.kind).toBe(
      "notCheckable",
    );
    expect(evaluateCheck(took("nzz", "2023-01-10"), {}).verdict.kind).toBe("notCheckable");
  });
});
