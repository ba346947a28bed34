import { compareSeries } from "./compare-territory";

describe("territory cross-check", () => {
  it("reports, per series, how many days differ and the largest difference with its day", () => {
    const before = {
      deepstate: {
        dates: ["2023-01-01", "2023-01-02", "2023-01-03"],
        occupiedKm2: [100, 101.5, 103],
        gainedKm2: [null, 1.5, 1.5],
        sectors: { bakhmut: { dates: ["2023-01-01"], occupiedKm2: [5] } },
      },
    };
    const after = {
      deepstate: {
        dates: ["2023-01-01", "2023-01-02", "2023-01-03"],
        occupiedKm2: [100, 101.7, 102.9],
        gainedKm2: [null, 1.5, null],
        sectors: { bakhmut: { dates: ["2023-01-01"], occupiedKm2: [5] } },
      },
    };
    const diffs = compareSeries(before, after);
    const occupied = diffs.find((d) => d.path === "deepstate.occupiedKm2")!;
    expect(occupied.differing).toBe(2);
    expect(occupied.maxAbs).toBeCloseTo(0.2, 9);
    expect(occupied.maxDate).toBe("2023-01-02");
    // A value that became null is a difference of its own kind, not a number.
    expect(diffs.find((d) => d.path === "deepstate.gainedKm2")!.maxAbs).toBe(Infinity);
    expect(diffs.find((d) => d.path === "deepstate.sectors.bakhmut.occupiedKm2")!.differing).toBe(0);
  });
});
