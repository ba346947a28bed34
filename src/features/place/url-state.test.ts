import { describe, expect, it } from "vitest";
import { iso } from "../../data/test-builders";
import { placeUrlState } from "./url-state";

const ctx = {
  bounds: { from: iso("2022-02-24"), to: iso("2026-08-22") },
  anchor: iso("2026-08-08"),
  range: { from: iso("2023-06-04"), to: iso("2023-11-30") },
};
const parse = (q: string) => {
  const notices: string[] = [];
  return { state: placeUrlState.parse(new URLSearchParams(q), ctx, notices), notices };
};

describe("place URL state", () => {
  it("reads a place id and writes it back; no place is left out of links", () => {
    expect(parse("place=bakhmut-donetsk")).toEqual({ state: { place: "bakhmut-donetsk" }, notices: [] });
    expect(placeUrlState.serialize({ place: "bakhmut-donetsk" }, ctx)).toEqual({ place: "bakhmut-donetsk" });
    expect(placeUrlState.serialize({ place: null }, ctx)).toEqual({});
    expect(parse("").state.place).toBeNull();
  });

  it("falls back to no place, quoting at most 40 characters, for a value that is not an id", () => {
    const { state, notices } = parse(
      `place=${encodeURIComponent("<script>alert(1)</script>" + "x".repeat(40))}`,
    );
    expect(state.place).toBeNull();
    expect(notices).toEqual([
      "The link's place “<script>alert(1)</script>xxxxxxxxxxxxxxx…” is not a place id (lower-case letters, digits and hyphens, e.g. “bakhmut-donetsk”), so no place is shown.",
    ]);
  });
});
