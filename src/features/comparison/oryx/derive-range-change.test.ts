import { describe, expect, it } from "vitest";
import { iso, makeGeneralStaff } from "../../../data/test-builders";
import { claimedConfirmedChangeText, sidesChangeText } from "./derive-range-change";
import { makeOryx } from "../test-fixtures";

// Made-up figures: the General Staff reports daily from 1 Mar; Oryx has snapshots on 1, 4 and 8 Mar.
const gs = makeGeneralStaff({ start: "2023-03-01", tank: [100, 104, 110, 111, 115, 118, 120, 130] });
const oryx = makeOryx({
  dates: ["2023-03-01", "2023-03-04", "2023-03-08"],
  russia: { tanks: [40, 47, 55] },
  ukraine: { tanks: [10, 11, 14] },
});
const win = (from: string, to: string) => ({ from: iso(from), to: iso(to) });

describe("claimedConfirmedChangeText", () => {
  it("reads both sources over the window: the last day minus the day before the first", () => {
    // General Staff 130 − 100; Oryx 55 (8 Mar) − 40 (1 Mar).
    expect(claimedConfirmedChangeText(gs, oryx, "tank", ["tanks"], win("2023-03-02", "2023-03-08"))).toBe(
      "in this range +30 claimed, at least +15 confirmed (Oryx snapshots 1 Mar 2023 → 8 Mar 2023)",
    );
  });

  it("stands in the last snapshot within 3 days for an edge without one", () => {
    // Baseline 5 Mar → snapshot 4 Mar (47); General Staff 130 − 115.
    expect(claimedConfirmedChangeText(gs, oryx, "tank", ["tanks"], win("2023-03-06", "2023-03-08"))).toBe(
      "in this range +15 claimed, at least +8 confirmed (Oryx snapshots 4 Mar 2023 → 8 Mar 2023)",
    );
  });

  it("says nothing when both ends fall on one snapshot", () => {
    expect(
      claimedConfirmedChangeText(gs, oryx, "tank", ["tanks"], win("2023-03-05", "2023-03-07")),
    ).toBeNull();
  });
});

describe("sidesChangeText", () => {
  it("gives both countries' change on the same snapshots", () => {
    expect(sidesChangeText(oryx, "tanks", win("2023-03-05", "2023-03-08"))).toBe(
      "in this range Russia at least +8, Ukraine at least +3 (Oryx snapshots 4 Mar 2023 → 8 Mar 2023)",
    );
  });

  it("says nothing when a country's row is missing", () => {
    expect(sidesChangeText(oryx, "apc", win("2023-03-02", "2023-03-08"))).toBeNull();
  });
});
