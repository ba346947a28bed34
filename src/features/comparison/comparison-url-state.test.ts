import { describe, expect, it } from "vitest";
import { iso } from "../../data/test-builders";
import type { UrlContext } from "../../filters/url-state";
import { comparisonUrlState, DEFAULT_COMPARISON_STATE, type ComparisonState } from "./comparison-url-state";

const bounds = { from: iso("2022-02-24"), to: iso("2025-08-08") };
const ctx: UrlContext = { bounds, anchor: bounds.to, range: bounds };
const parse = (search: string) => {
  const notices: string[] = [];
  return { state: comparisonUrlState.parse(new URLSearchParams(search), ctx, notices), notices };
};

describe("the comparison section's link parameters", () => {
  it("default to tanks, cumulative, all occupied, Oryx like for like, and leave defaults out of links", () => {
    expect(parse("")).toEqual({ state: DEFAULT_COMPARISON_STATE, notices: [] });
    expect(comparisonUrlState.serialize(DEFAULT_COMPARISON_STATE, ctx)).toEqual({});
  });

  it("round-trip every choice through a link", () => {
    const state: ComparisonState = {
      pair: "apc",
      ratio: "rolling",
      type: "ifv",
      terr: "published",
      oryx: "published",
    };
    const search = new URLSearchParams(comparisonUrlState.serialize(state, ctx)).toString();
    expect(search).toBe("cmpPair=apc&cmpRatio=rolling&cmpType=ifv&terrDef=published&cmpOryx=published");
    expect(parse(search)).toEqual({ state, notices: [] });
  });

  it("fall back with a notice on a value it does not know, quoting only a short excerpt", () => {
    const { state, notices } = parse(`?terrDef=${"x".repeat(80)}&cmpRatio=weekly&cmpOryx=raw`);
    expect(state.terr).toBe("all");
    expect(state.ratio).toBe("cumulative");
    expect(state.oryx).toBe("likeForLike");
    expect(notices).toHaveLength(3);
    expect(notices.find((n) => n.includes("territory definition"))).toContain("…");
  });
});
