import { describe, expect, it } from "vitest";
import { iso } from "../../data/test-builders";
import type { UrlContext } from "../../filters/url-state";
import { DEFAULT_LOSSES_STATE, lossesUrlState, type LossesState } from "./losses-url-state";

const bounds = { from: iso("2022-02-24"), to: iso("2025-08-08") };
const ctx: UrlContext = { bounds, anchor: bounds.to, range: bounds };
const parse = (search: string) => {
  const notices: string[] = [];
  const state = lossesUrlState.parse(new URLSearchParams(search), ctx, notices);
  return { state, notices };
};
const serialize = (state: LossesState) =>
  new URLSearchParams(lossesUrlState.serialize(state, ctx)).toString().replaceAll("%2C", ",");

describe("the losses explorer's link parameters", () => {
  it("default to tanks and personnel, cumulative, linear, with events", () => {
    expect(parse("")).toEqual({ state: DEFAULT_LOSSES_STATE, notices: [] });
  });
  it("read categories in a canonical order without repeats", () => {
    expect(parse("?cats=tank,artillery,tank").state.cats).toEqual(["tank", "artillery"]);
    expect(parse("?cats=drone,personnel").state.cats).toEqual(["personnel", "drone"]);
  });
  it("drop unknown categories and name them, quoting at most a short excerpt", () => {
    const { state, notices } = parse(`?cats=tank,tanks,${"<script>".repeat(20)}`);
    expect(state.cats).toEqual(["tank"]);
    expect(notices).toEqual([expect.stringContaining("“tanks”")]);
    expect(notices[0]).toContain("…");
  });
  it("fall back to the default categories when none is known", () => {
    const { state, notices } = parse("?cats=spaceships");
    expect(state.cats).toEqual(["personnel", "tank"]);
    expect(notices[0]).toContain("default");
  });
  it("keep an explicitly empty selection", () => {
    expect(parse("?cats=")).toEqual({ state: { ...DEFAULT_LOSSES_STATE, cats: [] }, notices: [] });
  });
  it("fall back for an unknown view and scale, and say so", () => {
    const { state, notices } = parse("?view=pie&scale=sqrt");
    expect(state).toMatchObject({ view: "cumulative", scale: "linear" });
    expect(notices).toEqual([expect.stringContaining("“pie”"), expect.stringContaining("“sqrt”")]);
  });
  it("hide events only for events=0", () => {
    expect(parse("?events=0").state.events).toBe(false);
    expect(parse("?events=no")).toEqual({
      state: DEFAULT_LOSSES_STATE,
      notices: [expect.stringContaining("“no”")],
    });
  });
  it("write only what differs from the defaults, categories in canonical order", () => {
    expect(serialize(DEFAULT_LOSSES_STATE)).toBe("");
    expect(serialize({ ...DEFAULT_LOSSES_STATE, cats: ["tank", "apc", "personnel"] })).toBe(
      "cats=personnel,tank,apc",
    );
  });
  const cases: [string, LossesState][] = [
    ["defaults", DEFAULT_LOSSES_STATE],
    ["every setting changed", { cats: ["artillery", "drone"], view: "avg7", scale: "log", events: false }],
    ["no categories", { ...DEFAULT_LOSSES_STATE, cats: [] }],
  ];
  it.each(cases)("round-trip %s", (_name, state) => {
    expect(parse(serialize(state))).toEqual({ state, notices: [] });
  });
});
