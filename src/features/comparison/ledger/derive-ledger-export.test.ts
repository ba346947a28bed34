import { describe, expect, it } from "vitest";
import type { Claim, ClaimCheck } from "../../../data/schemas/claims";
import { iso, makeGeneralStaff } from "../../../data/test-builders";
import { evaluateReading } from "./derive-claim-verdicts";
import { makeOryx } from "../test-fixtures";
import { deriveLedgerExport } from "./derive-ledger-export";

const gs = makeGeneralStaff({ start: "2023-07-17", tank: [100, 103, 110, 118] });

function claim(id: string, date: string, checks: ClaimCheck[]): Claim {
  return {
    id,
    date: iso(date),
    who: "A spokesperson",
    quote: `Made-up statement "${id}", quoted`,
    counts: "tanks",
    reportedBy: { name: "A newspaper", url: `https://example.org/${id}` },
    primary: null,
    verdictSource: "generalStaff",
    readings: checks.map((check, i) => ({ label: `Reading ${i + 1}`, why: "test", check })),
  };
}

const total = (asOf: string, claimed: number): ClaimCheck => ({
  kind: "generalStaffTotal",
  category: "tank",
  asOf: iso(asOf),
  claimed,
  comparator: "equals",
});

describe("deriveLedgerExport", () => {
  it("gives one row per reading: quoted figure, data figure, verdict and citation", () => {
    const claims = [
      claim("b", "2023-07-20", [total("2023-07-20", 118), total("2023-07-19", 100)]),
      claim("a", "2023-07-18", [total("2023-08-30", 5)]),
    ];
    const data = deriveLedgerExport(
      claims.map((c) => ({
        claim: c,
        results: c.readings.map((reading) => ({
          reading,
          e: evaluateReading(c, reading, { generalStaff: gs }),
        })),
      })),
    );
    const col = (name: string) => data.columns.indexOf(name);
    expect(data.rows).toHaveLength(3);
    const [match, differs, notCheckable] = data.rows;
    expect([match![col("quoted figure")], match![col("data figure")], match![col("verdict")]]).toEqual([
      118,
      118,
      "matches",
    ]);
    expect([
      differs![col("data figure")],
      differs![col("verdict")],
      differs![col("data minus quoted")],
    ]).toEqual([110, "differs", 10]);
    expect(notCheckable![col("verdict")]).toBe("not checkable");
    expect(notCheckable![col("data figure")]).toBeNull();
    expect(notCheckable![col("note")]).toMatch(/./);
    expect(notCheckable![col("citation URL")]).toBe("https://example.org/a");
    expect(match![col("claim")]).toBe('Made-up statement "b", quoted');
    // The file is named for the statements' days.
    expect(data.range).toEqual({ from: "2023-07-18", to: "2023-07-20" });
  });

  it("says which readings are verdicts and which context, with the window and its baseline day", () => {
    const oryx = makeOryx({ dates: ["2023-07-17", "2023-07-20"], russia: { tanks: [40, 44] } });
    const change: ClaimCheck = {
      kind: "generalStaffChange",
      category: "tank",
      baseline: iso("2023-07-17"),
      to: iso("2023-07-20"),
      claimed: 18,
      comparator: "equals",
    };
    const against: ClaimCheck = {
      kind: "oryxChange",
      country: "russia",
      type: "tanks",
      baseline: iso("2023-07-17"),
      to: iso("2023-07-20"),
      claimed: 18,
      comparator: "equals",
    };
    const c = claim("c", "2023-07-20", [change, against]);
    const data = deriveLedgerExport([
      {
        claim: c,
        results: c.readings.map((reading) => ({
          reading,
          e: evaluateReading(c, reading, { generalStaff: gs, oryx }),
        })),
      },
    ]);
    const cols = ["reading kind", "window from", "window to", "baseline day", "data figure", "verdict"];
    const pick = (row: readonly unknown[]) => cols.map((name) => row[data.columns.indexOf(name)]);
    expect(data.rows.map(pick)).toEqual([
      ["own source: verdict", "2023-07-18", "2023-07-20", "2023-07-17", 18, "matches"],
      ["another source: context", "2023-07-18", "2023-07-20", "2023-07-17", 4, "context (another source)"],
    ]);
    // Each row carries its arithmetic, as the page's "Arithmetic" details show it.
    expect(data.rows.map((row) => row[data.columns.indexOf("arithmetic")])).toEqual([
      "Window: test · 118 (20 Jul 2023) − 100 (17 Jul 2023) = 18 · Claimed 18: the data is the same.",
      "Window: test · 44 (20 Jul 2023) − 40 (17 Jul 2023) = 4 · Context, not a verdict: the statement is General Staff’s, this is another source’s figure.",
    ]);
  });
});
