import { describe, expect, it } from "vitest";
import { RawDataError } from "../../types";
import { deriveClaims } from "./claims";

const reading = (baseline: string, to: string) => ({
  label: "A week",
  why: "Made up.",
  check: { kind: "generalStaffChange", category: "tank", baseline, to, claimed: 5, comparator: "equals" },
});
const claim = (id: string, date: string, readings = [reading("2023-01-01", "2023-01-08")]) => ({
  id,
  date,
  who: "Someone",
  quote: "We took 5 tanks.",
  counts: "tanks",
  reportedBy: { name: "Example", url: "https://example.org/a" },
  primary: null,
  verdictSource: "generalStaff",
  readings,
});

describe("deriveClaims", () => {
  it("sorts the statements by date and credits the list over their span", () => {
    const file = deriveClaims("claims.json", {
      claims: [claim("b", "2023-02-01"), claim("a", "2023-01-09")],
    });
    expect(file.claims.map((c) => c.id)).toEqual(["a", "b"]);
    expect(file.sources[0]).toMatchObject({
      firstDate: "2023-01-09",
      lastDate: "2023-02-01",
      kind: "reference",
    });
  });

  it("rejects a claim whose own source none of its readings reads, naming the claim", () => {
    expect(() =>
      deriveClaims("claims.json", { claims: [{ ...claim("a", "2023-01-09"), verdictSource: "oryx" }] }),
    ).toThrow(/a: no reading checks its verdictSource oryx/);
  });

  it("rejects a window whose baseline is not before its end, naming the claim", () => {
    expect(() =>
      deriveClaims("claims.json", {
        claims: [claim("a", "2023-01-09", [reading("2023-01-08", "2023-01-08")])],
      }),
    ).toThrow(/a "A week": baseline must be before/);
  });

  it("rejects duplicate ids and impossible dates", () => {
    expect(() => deriveClaims("x", { claims: [claim("a", "2023-01-09"), claim("a", "2023-01-10")] })).toThrow(
      RawDataError,
    );
    expect(() => deriveClaims("x", { claims: [claim("a", "2023-02-30")] })).toThrow(/not a calendar date/);
  });
});
