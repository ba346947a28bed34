import { describe, expect, it } from "vitest";
import type { CategoryMapping } from "../../../data/schemas/oryx";
import { iso, makeGeneralStaff } from "../../../data/test-builders";
import { deriveClaimedConfirmed, documentingFrom, ratioOf } from "./derive-claimed-confirmed";
import { makeOryx } from "../test-fixtures";

const pair: CategoryMapping = { generalStaff: "apc", oryx: ["ifv", "apc"], comparable: true, note: "" };
const range = (from: string, to: string) => ({ from: iso(from), to: iso(to) });

// 40 days of claims, +2 a day from 100; Oryx snapshots with a gap.
const gs = makeGeneralStaff({ start: "2023-01-01", apc: Array.from({ length: 40 }, (_, i) => 100 + 2 * i) });
const oryx = makeOryx({
  dates: ["2023-01-01", "2023-01-03", "2023-02-05", "2023-02-09"],
  russia: { ifv: [20, 21, 30, null], apc: [10, 10, 12, 15] },
});

describe("deriveClaimedConfirmed", () => {
  it("compares on Oryx's snapshot days only, summing the mapped types", () => {
    const rows = deriveClaimedConfirmed(gs, oryx, pair, range("2023-01-01", "2023-02-09"));
    expect(rows.map((r) => r.date)).toEqual(["2023-01-01", "2023-01-03", "2023-02-05"]);
    expect(rows[1]).toMatchObject({ claimed: 104, confirmed: 31, ratio: 104 / 31 });
  });

  it("skips a day on which one of the mapped Oryx types was rejected (no interpolation)", () => {
    const rows = deriveClaimedConfirmed(gs, oryx, pair, range("2023-02-09", "2023-02-09"));
    expect(rows).toEqual([]);
  });

  it("compares only on days the General Staff reported (inside its series, not null)", () => {
    // Claims start 2023-01-02 and miss 2023-01-03; Oryx has snapshots before, on and after those.
    const late = makeGeneralStaff({ start: "2023-01-02", apc: [100, null, 104] });
    const snapshots = makeOryx({
      dates: ["2023-01-01", "2023-01-02", "2023-01-03", "2023-01-04", "2023-01-05"],
      russia: { ifv: [1, 2, 3, 4, 5], apc: [0, 0, 0, 0, 0] },
    });
    const rows = deriveClaimedConfirmed(late, snapshots, pair, range("2023-01-01", "2023-01-05"));
    expect(rows.map((r) => [r.date, r.claimed, r.confirmed])).toEqual([
      ["2023-01-02", 100, 2],
      ["2023-01-04", 104, 4],
    ]);
  });

  it("takes the rolling change from the latest snapshot 30–37 days before, the same days for both", () => {
    const row = deriveClaimedConfirmed(gs, oryx, pair, range("2023-02-05", "2023-02-05"))[0]!;
    // 2023-02-05 − 2023-01-03 = 33 days; claimed 170 − 104, confirmed 42 − 31.
    expect(row.rolling).toEqual({ from: "2023-01-03", claimed: 66, confirmed: 11, ratio: 66 / 11 });
  });

  it("has no rolling value when the earlier snapshot is too far back", () => {
    const sparse = makeOryx({ dates: ["2023-01-01", "2023-02-09"], russia: { ifv: [1, 2], apc: [1, 2] } });
    expect(
      deriveClaimedConfirmed(gs, sparse, pair, range("2023-02-09", "2023-02-09"))[0]!.rolling,
    ).toBeNull();
  });
});

describe("ratioOf", () => {
  it("is null instead of dividing by zero", () => {
    expect(ratioOf(5, 0)).toBeNull();
    expect(ratioOf(0, 4)).toBe(0);
  });
});

describe("documentingFrom", () => {
  it("starts the given number of weeks before the last snapshot", () => {
    expect(documentingFrom([iso("2023-01-01"), iso("2023-03-01")], 4)).toBe("2023-02-01");
    expect(documentingFrom([], 4)).toBeNull();
  });
});
