import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import { makeManifest, makeSource } from "../data/test-builders";
import { ECHO_MAX_CHARS } from "./parse-helpers";
import { RANGE_PRESETS, matchingPreset } from "./presets";
import {
  parseRange,
  rangeContextFromManifest,
  serializeRange,
  type DateRange,
  type RangeContext,
} from "./range";
import { mergeUrlState, rangeSpec } from "./url-state";

const d = (s: string) => s as IsoDate;
// The territory data runs two weeks past the General Staff's last statement, as in the real dataset.
const ctx: RangeContext = { bounds: { from: d("2022-02-24"), to: d("2025-08-22") }, anchor: d("2025-08-08") };
const parse = (search: string) => {
  const notices: string[] = [];
  const range = parseRange(new URLSearchParams(search), ctx, notices);
  return { range, notices };
};

describe("the presets' anchor", () => {
  it("is the last day any source has, even when the General Staff ends earlier", () => {
    const manifest = makeManifest({
      bounds: ctx.bounds,
      sources: [
        makeSource({ id: "general-staff", lastDate: d("2025-08-08") }),
        makeSource({ id: "nzz", lastDate: d("2025-08-22") }),
      ],
    });
    expect(rangeContextFromManifest(manifest).anchor).toBe("2025-08-22");
  });
});

describe("parseRange", () => {
  it("shows the 12 months up to the anchor by default", () => {
    expect(parse("")).toEqual({ range: { from: "2024-08-09", to: "2025-08-08" }, notices: [] });
  });
  it("reads an inclusive range", () => {
    expect(parse("?from=2023-07-19&to=2023-07-25")).toEqual({
      range: { from: "2023-07-19", to: "2023-07-25" },
      notices: [],
    });
  });
  it("runs to the anchor when the link has only a start", () => {
    expect(parse("?from=2023-01-01").range).toEqual({ from: "2023-01-01", to: "2025-08-08" });
  });
  it("shows the year up to the link's end when it has only an end", () => {
    expect(parse("?to=2023-07-25").range).toEqual({ from: "2022-07-26", to: "2023-07-25" });
  });
  it("moves a start after the data's end to the last day, without claiming a swap", () => {
    const { range, notices } = parse("?from=2099-01-01");
    expect(range).toEqual({ from: "2025-08-22", to: "2025-08-22" });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("after the data ends");
    expect(notices[0]).not.toContain("swapped");
  });
  it("clamps each end reaching outside the data, and says which", () => {
    const { range, notices } = parse("?from=2020-01-01&to=2030-12-31");
    expect(range).toEqual(ctx.bounds);
    expect(notices).toEqual([
      expect.stringContaining("start date 2020-01-01 is before the data begins"),
      expect.stringContaining("end date 2030-12-31 is after the data ends"),
    ]);
  });
  it("swaps a start after the end, and says so", () => {
    const { range, notices } = parse("?from=2023-07-25&to=2023-07-19");
    expect(range).toEqual({ from: "2023-07-19", to: "2023-07-25" });
    expect(notices).toEqual([expect.stringContaining("swapped")]);
  });
  it.each(["garbage", "2023-02-30", "2023-7-1", ""])("falls back to the default for from=%j", (from) => {
    const { range, notices } = parse(`?from=${from}&to=2023-07-25`);
    expect(range).toEqual({ from: "2024-08-09", to: "2025-08-08" });
    expect(notices).toEqual([expect.stringContaining("last 12 months")]);
  });
  it("quotes at most 40 characters of a huge value", () => {
    const huge = "x".repeat(10_000);
    const { notices } = parse(`?to=${huge}`);
    expect(notices[0]).toContain(`“${"x".repeat(ECHO_MAX_CHARS)}…”`);
    expect(notices[0]!.length).toBeLessThan(300);
  });
  it("says when a parameter is repeated, and which value it used", () => {
    const { range, notices } = parse("?from=2023-01-01&from=2024-01-01");
    expect(range.from).toBe("2023-01-01");
    expect(notices).toEqual([expect.stringContaining("“from” appears 2 times")]);
  });
  it("keeps a default range inside data shorter than a year", () => {
    const short: RangeContext = {
      bounds: { from: d("2025-03-01"), to: d("2025-08-08") },
      anchor: d("2025-08-08"),
    };
    expect(parseRange(new URLSearchParams(""), short, [])).toEqual(short.bounds);
  });
});

describe("serializeRange", () => {
  it("writes nothing for the default range, and no `to` when it is the anchor", () => {
    expect(serializeRange({ from: d("2024-08-09"), to: d("2025-08-08") }, ctx)).toEqual({});
    expect(serializeRange({ from: d("2022-02-24"), to: d("2025-08-08") }, ctx)).toEqual({
      from: "2022-02-24",
    });
  });
  const cases: [string, DateRange][] = [
    ["a week in 2023", { from: d("2023-07-19"), to: d("2023-07-25") }],
    ["the whole dataset", { ...ctx.bounds }],
    ["one day after the anchor", { from: d("2025-08-20"), to: d("2025-08-20") }],
    ["a start past the anchor to the data's end", { from: d("2025-08-10"), to: d("2025-08-22") }],
    ["a default start with an earlier end", { from: d("2024-08-09"), to: d("2025-01-01") }],
  ];
  it.each(cases)("round-trips %s", (_name, range) => {
    const search = new URLSearchParams(serializeRange(range, ctx)).toString();
    expect(parse(search)).toEqual({ range, notices: [] });
  });
});

describe("mergeUrlState", () => {
  it("puts the range first and keeps other features' parameters", () => {
    const full = { ...ctx, range: { from: d("2023-06-04"), to: d("2023-11-30") } };
    expect(mergeUrlState("?map=kherson&from=2020-01-01", rangeSpec, full.range, full)).toBe(
      "from=2023-06-04&to=2023-11-30&map=kherson",
    );
  });
});

describe("presets", () => {
  it("count back from the anchor, both ends included, so they never end past the losses data", () => {
    const byId = Object.fromEntries(RANGE_PRESETS.map((p) => [p.id, p.range(ctx)]));
    expect(byId["7d"]).toEqual({ from: "2025-08-02", to: "2025-08-08" });
    expect(byId["30d"]).toEqual({ from: "2025-07-10", to: "2025-08-08" });
    expect(byId["1y"]).toEqual({ from: "2024-08-09", to: "2025-08-08" });
    expect(byId["all"]).toEqual(ctx.bounds);
    expect(byId["counteroffensive-2023"]).toEqual({ from: "2023-06-04", to: "2023-11-30" });
  });
  it("recognise a range that matches one, for highlighting", () => {
    expect(matchingPreset({ from: d("2023-06-04"), to: d("2023-11-30") }, ctx)?.label).toBe(
      "2023 counteroffensive",
    );
    expect(matchingPreset({ from: d("2023-06-05"), to: d("2023-11-30") }, ctx)).toBeUndefined();
  });
});
