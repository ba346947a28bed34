import { describe, expect, it } from "vitest";
import { iso } from "../../../data/test-builders";
import { deriveSides, deriveStatusSplit } from "./derive-sides";
import { makeOryx } from "../test-fixtures";

const range = (from: string, to: string) => ({ from: iso(from), to: iso(to) });

describe("deriveSides", () => {
  it("pairs both sides on snapshot days in the range, with the ratio (null against zero)", () => {
    const oryx = makeOryx({
      dates: ["2023-01-01", "2023-01-04", "2023-01-09"],
      russia: { tanks: [6, 9, 12] },
      ukraine: { tanks: [0, 3, null] },
    });
    expect(deriveSides(oryx, "tanks", range("2023-01-01", "2023-01-31"))).toEqual([
      { date: "2023-01-01", russia: 6, ukraine: 0, ratio: null },
      { date: "2023-01-04", russia: 9, ukraine: 3, ratio: 3 },
    ]);
  });
});

describe("deriveStatusSplit", () => {
  it("splits each side by status on the last complete snapshot in the range", () => {
    const status = (d: number[], c: number[]) => ({
      destroyed: d,
      damaged: [1, 1],
      abandoned: [0, 2],
      captured: c,
      total: d.map((x, i) => x + 1 + [0, 2][i]! + c[i]!),
    });
    const oryx = makeOryx({
      dates: ["2023-01-01", "2023-01-05"],
      russia: { tanks: status([5, 8], [2, 3]) },
      ukraine: { tanks: status([1, 2], [0, 1]) },
    });
    const split = deriveStatusSplit(oryx, "tanks", range("2023-01-01", "2023-01-04"));
    expect(split).toEqual([
      {
        country: "russia",
        date: "2023-01-01",
        counts: { destroyed: 5, damaged: 1, abandoned: 0, captured: 2 },
        total: 8,
      },
      {
        country: "ukraine",
        date: "2023-01-01",
        counts: { destroyed: 1, damaged: 1, abandoned: 0, captured: 0 },
        total: 2,
      },
    ]);
  });

  it("is empty when no snapshot falls in the range", () => {
    const oryx = makeOryx({ dates: ["2023-01-01"], russia: { tanks: [1] }, ukraine: { tanks: [1] } });
    expect(deriveStatusSplit(oryx, "tanks", range("2023-02-01", "2023-02-05"))).toEqual([]);
  });
});
