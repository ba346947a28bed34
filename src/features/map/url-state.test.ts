import { describe, expect, it } from "vitest";
import { iso } from "../../data/test-builders";
import { mapUrlState, MAP_DEFAULTS } from "./url-state";

const ctx = {
  bounds: { from: iso("2022-02-24"), to: iso("2026-08-22") },
  anchor: iso("2026-08-08"),
  range: { from: iso("2023-06-04"), to: iso("2023-11-30") },
};
const parse = (q: string) => {
  const notices: string[] = [];
  return { state: mapUrlState.parse(new URLSearchParams(q), ctx, notices), notices };
};

describe("map URL state", () => {
  it("reads a sector, a day, a source, a mode and NZZ's definition", () => {
    const { state, notices } = parse("map=zaporizhzhia&day=2023-08-01&src=nzz&mode=disagree&def=published");
    expect(state).toEqual({
      map: "zaporizhzhia",
      day: "2023-08-01",
      src: "nzz",
      mode: "disagree",
      def: "asPublished",
      box: null,
    });
    expect(notices).toEqual([]);
  });

  it("keeps a drawn box to 4 decimals, and writes it back the same way", () => {
    const { state, notices } = parse("box=37.95123,48.55,38.080349,48.6402");
    expect(state.box).toEqual([37.9512, 48.55, 38.0803, 48.6402]);
    expect(notices).toEqual([]);
    expect(mapUrlState.serialize(state, ctx)).toEqual({ box: "37.9512,48.55,38.0803,48.6402" });
    expect(mapUrlState.serialize(MAP_DEFAULTS, ctx)).toEqual({});
  });

  it.each([
    ["three numbers", "37.9,48.5,38.1"],
    ["west east of east", "38.1,48.5,37.9,48.6"],
    ["a latitude beyond the pole", "37.9,48.5,38.1,91"],
    ["words", "a,b,c,d"],
    ["exponents and blanks", "1e1,48.5,,48.6"],
  ])("drops a box with %s and says so", (_, raw) => {
    const { state, notices } = parse(`box=${encodeURIComponent(raw)}`);
    expect(state.box).toBeNull();
    expect(notices).toEqual([
      `The link's map box “${raw}” is not four numbers west,south,east,north (degrees, west of east, south of north), so no box is drawn.`,
    ]);
  });

  it("clamps a day outside the range into it and says so", () => {
    const { state, notices } = parse("day=2022-01-01");
    expect(state.day).toBe("2023-06-04");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("map day 2022-01-01");
  });

  it("falls back to the defaults on unknown values, echoing at most 40 characters", () => {
    const { state, notices } = parse(`map=${"x".repeat(60)}&src=bbc&day=soon`);
    expect(state).toEqual(MAP_DEFAULTS);
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain(`“${"x".repeat(40)}…”`);
  });

  it("leaves defaults out of links and round-trips", () => {
    expect(mapUrlState.serialize(MAP_DEFAULTS, ctx)).toEqual({});
    const s = {
      map: "bakhmut",
      day: iso("2023-07-01"),
      src: "nzz",
      mode: "change",
      def: "likeForLike",
      box: null,
    } as const;
    const q = new URLSearchParams(mapUrlState.serialize(s, ctx)).toString();
    expect(q).toBe("map=bakhmut&day=2023-07-01&src=nzz");
    const published = { ...s, def: "asPublished" } as const;
    const qp = new URLSearchParams(mapUrlState.serialize(published, ctx)).toString();
    expect(qp).toBe("map=bakhmut&day=2023-07-01&src=nzz&def=published");
    expect(parse(qp).state).toEqual(published);
    expect(parse(q).state).toEqual(s);
    // The range's last day is the default day.
    expect(mapUrlState.serialize({ ...s, day: iso("2023-11-30") }, ctx)).not.toHaveProperty("day");
  });
});
