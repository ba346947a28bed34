import { detectRedraws } from "./redraws";
import type { DailySeries } from "./series";

/** A made-up daily series: the given gains (and no losses) per day, the same in every sector. */
function series(from: number, gains: (number | null)[]): DailySeries {
  const dates = gains.map((_, i) => `2024-01-${String(from + i).padStart(2, "0")}`);
  const lost = gains.map((g) => (g === null ? null : 0));
  const sector = { occupiedKm2: gains.map(() => 0), gainedKm2: gains, lostKm2: lost };
  return {
    dates,
    carried: gains.map(() => false),
    origins: [],
    occupiedKm2: gains.map(() => 0),
    occupiedSince2022Km2: gains.map(() => null),
    gainedKm2: gains,
    lostKm2: lost,
    crimeaAddedKm2: null,
    sectors: { bakhmut: sector, zaporizhzhia: sector, donetsk: sector },
    discontinuities: [],
  };
}

const rule = { multiple: 10, floorKm2: 100, windowDays: 1 };

describe("possible redraws", () => {
  it("flags a day one source moves ten times what the other moved around it, in every box", () => {
    const flagged = detectRedraws(
      { deepstate: series(1, [5, 5, 5, 5, 5]), nzz: series(1, [0, 0, 200, 0, 0]) },
      rule,
    );
    expect(flagged.map((r) => [r.date, r.source, r.box, r.km2, r.otherKm2])).toEqual([
      ["2024-01-03", "nzz", "all", 200, 15],
      ["2024-01-03", "nzz", "bakhmut", 200, 15],
      ["2024-01-03", "nzz", "zaporizhzhia", 200, 15],
      ["2024-01-03", "nzz", "donetsk", 200, 15],
    ]);
  });

  it("does not flag a move the other source shows a day later (a publishing lag)", () => {
    const flagged = detectRedraws(
      { deepstate: series(1, [0, 0, 0, 190, 0]), nzz: series(1, [0, 0, 200, 0, 0]) },
      rule,
    );
    expect(flagged).toEqual([]);
  });

  it("ignores moves under the floor and days the other source did not measure", () => {
    const flagged = detectRedraws(
      { deepstate: series(1, [0, 0, 0, 0, 0]), nzz: series(1, [0, 99, null, 0, 0]) },
      rule,
    );
    expect(flagged).toEqual([]);
    const unmeasured = detectRedraws(
      { deepstate: series(10, [0, 0, 0]), nzz: series(1, [0, 0, 500, 0, 0]) },
      rule,
    );
    expect(unmeasured).toEqual([]);
  });
});
