import { describe, expect, it } from "vitest";
import type { Claim, ClaimCheck } from "../../data/schemas/claims";
import { iso, makeGeneralStaff } from "../../data/test-builders";
import { evaluateCheck } from "./derive-claim-verdicts";
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
          e: evaluateCheck(reading.check, { generalStaff: gs }),
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
});
