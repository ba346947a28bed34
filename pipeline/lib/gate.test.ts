import { makeGeneralStaff, makeLossesFile } from "../../src/data/test-builders";
import { CHANGE_BOUNDED } from "../../src/data/checks/plausibility";
import { checkChanges, checkNotShrunkSince } from "./gate";

// Nine days of +2 tanks, then +500 on 2023-01-10 (a new count method, say).
const tank = [0, 2, 4, 6, 8, 10, 12, 14, 16, 516];
const losses = makeLossesFile(makeGeneralStaff({ start: "2023-01-01", tank, apc: tank.map((_, i) => i) }));

describe("checkChanges", () => {
  it("stops a jump the ledger does not list for that category", () => {
    expect(checkChanges("losses.json", losses, [])).toEqual({
      check: CHANGE_BOUNDED,
      at: "generalStaff.cumulative.tank goes from 16 to 516 (+500) on 2023-01-10, more than 10 × 2, the largest change before",
    });
    const otherKey = [{ source: "generalStaff", from: "2023-01-10", keys: ["apc"] }];
    expect(checkChanges("losses.json", losses, otherKey)?.check).toBe(CHANGE_BOUNDED);
  });

  it("lets it through when the ledger lists the day for the category or the whole source", () => {
    expect(
      checkChanges("losses.json", losses, [{ source: "generalStaff", from: "2023-01-10", keys: ["tank"] }]),
    ).toBeNull();
    expect(checkChanges("losses.json", losses, [{ source: "generalStaff", from: "2023-01-10" }])).toBeNull();
  });
});

describe("checkNotShrunkSince", () => {
  it("names the first series that ends before the published one", () => {
    const shorter = makeLossesFile(
      makeGeneralStaff({ start: "2023-01-01", tank: tank.slice(0, 9), apc: tank.map((_, i) => i) }),
    );
    expect(checkNotShrunkSince("losses.json", losses, shorter)?.at).toBe(
      "generalStaff.cumulative.tank ends on 2023-01-09, before the published 2023-01-10 (stale raw data? --allow-shrink accepts it)",
    );
    expect(checkNotShrunkSince("losses.json", shorter, losses)).toBeNull();
  });
});
