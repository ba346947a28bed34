import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import type { Filters } from "./filters";
import { mergeFilterParams, parseFilters, serializeFilters } from "./parse-filters";
import { RANGE_PRESETS, matchingPreset } from "./presets";

const d = (s: string) => s as IsoDate;
const bounds = { from: d("2022-02-24"), to: d("2025-08-08") };
const parse = (search: string) => parseFilters(search, bounds);

describe("parseFilters: defaults", () => {
  it("shows the last 12 months, tanks and personnel, cumulative, linear, with events", () => {
    expect(parse("")).toEqual({
      filters: {
        range: { from: "2024-08-09", to: "2025-08-08" },
        cats: ["personnel", "tank"],
        view: "cumulative",
        scale: "linear",
        events: true,
      },
      notices: [],
    });
  });
  it("accepts the string with or without its leading ?", () => {
    expect(parse("?view=daily").filters.view).toBe("daily");
    expect(parse("view=daily").filters.view).toBe("daily");
  });
});

describe("parseFilters: range", () => {
  it("reads an inclusive range from the link", () => {
    const { filters, notices } = parse("?from=2023-07-19&to=2023-07-25");
    expect(filters.range).toEqual({ from: "2023-07-19", to: "2023-07-25" });
    expect(notices).toEqual([]);
  });
  it("runs to the data's last day when the link has only a start", () => {
    expect(parse("?from=2023-01-01").filters.range).toEqual({ from: "2023-01-01", to: "2025-08-08" });
  });
  it("shows the year up to the link's end when it has only an end", () => {
    expect(parse("?to=2023-07-25").filters.range).toEqual({ from: "2022-07-26", to: "2023-07-25" });
  });
  it("clamps a range reaching outside the data, and says so", () => {
    const { filters, notices } = parse("?from=2020-01-01&to=2030-12-31");
    expect(filters.range).toEqual(bounds);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("2022-02-24 to 2025-08-08");
  });
  it("clamps a range lying wholly after the data to its last day", () => {
    const { filters, notices } = parse("?from=2026-01-01&to=2026-02-01");
    expect(filters.range).toEqual({ from: "2025-08-08", to: "2025-08-08" });
    expect(notices).toHaveLength(1);
  });
  it("swaps a start after the end, and says so", () => {
    const { filters, notices } = parse("?from=2023-07-25&to=2023-07-19");
    expect(filters.range).toEqual({ from: "2023-07-19", to: "2023-07-25" });
    expect(notices).toEqual([expect.stringContaining("swapped")]);
  });
  it.each(["garbage", "2023-02-30", "2023-7-1", ""])("falls back to the default for from=%j", (from) => {
    const { filters, notices } = parse(`?from=${from}&to=2023-07-25`);
    expect(filters.range).toEqual({ from: "2024-08-09", to: "2025-08-08" });
    expect(notices).toEqual([expect.stringContaining("last 12 months")]);
  });
  it("names the unreadable value in the notice", () => {
    expect(parse("?to=tomorrow").notices[0]).toContain("“tomorrow”");
  });
  it("keeps a default range inside data shorter than a year", () => {
    const short = { from: d("2025-03-01"), to: d("2025-08-08") };
    expect(parseFilters("", short).filters.range).toEqual(short);
  });
});

describe("parseFilters: categories and chart settings", () => {
  it("reads categories in a canonical order without repeats", () => {
    expect(parse("?cats=tank,artillery,tank").filters.cats).toEqual(["tank", "artillery"]);
    expect(parse("?cats=drone,personnel").filters.cats).toEqual(["personnel", "drone"]);
  });
  it("drops unknown categories and names them", () => {
    const { filters, notices } = parse("?cats=tank,tanks");
    expect(filters.cats).toEqual(["tank"]);
    expect(notices).toEqual([expect.stringContaining("“tanks”")]);
  });
  it("falls back to the default categories when none is known", () => {
    const { filters, notices } = parse("?cats=spaceships");
    expect(filters.cats).toEqual(["personnel", "tank"]);
    expect(notices[0]).toContain("default");
  });
  it("keeps an explicitly empty selection", () => {
    expect(parse("?cats=").filters.cats).toEqual([]);
    expect(parse("?cats=").notices).toEqual([]);
  });
  it("falls back to cumulative for an unknown view, and to linear for an unknown scale", () => {
    const { filters, notices } = parse("?view=pie&scale=sqrt");
    expect(filters.view).toBe("cumulative");
    expect(filters.scale).toBe("linear");
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain("“pie”");
  });
  it("hides events only for events=0", () => {
    expect(parse("?events=0").filters.events).toBe(false);
    expect(parse("?events=1").filters.events).toBe(true);
    const { filters, notices } = parse("?events=no");
    expect(filters.events).toBe(true);
    expect(notices).toHaveLength(1);
  });
});

describe("serializeFilters", () => {
  const defaults = parse("").filters;
  it("writes nothing for the defaults, so the plain link is the default view", () => {
    expect(serializeFilters(defaults, bounds)).toBe("");
  });
  it("writes only what differs from the defaults", () => {
    expect(serializeFilters({ ...defaults, view: "weekly" }, bounds)).toBe("view=weekly");
    expect(
      serializeFilters({ ...defaults, range: { from: d("2023-07-19"), to: d("2023-07-25") } }, bounds),
    ).toBe("from=2023-07-19&to=2023-07-25");
  });
  it("leaves out `to` when the range runs to the data's last day", () => {
    expect(serializeFilters({ ...defaults, range: { ...bounds } }, bounds)).toBe("from=2022-02-24");
  });
  it("keeps commas readable and categories in canonical order", () => {
    expect(serializeFilters({ ...defaults, cats: ["tank", "apc", "personnel"] }, bounds)).toBe(
      "cats=personnel,tank,apc",
    );
    expect(serializeFilters({ ...defaults, cats: ["tank", "personnel"] }, bounds)).toBe("");
  });

  const cases: [string, Filters][] = [
    ["defaults", defaults],
    ["a week in 2023", { ...defaults, range: { from: d("2023-07-19"), to: d("2023-07-25") } }],
    ["the whole war, to the last day", { ...defaults, range: { ...bounds } }],
    ["one day", { ...defaults, range: { from: d("2022-02-24"), to: d("2022-02-24") } }],
    [
      "a default start with an earlier end",
      { ...defaults, range: { from: d("2024-08-09"), to: d("2025-01-01") } },
    ],
    [
      "every setting changed",
      {
        range: { from: d("2023-06-04"), to: d("2023-11-30") },
        cats: ["artillery", "drone"],
        view: "avg7",
        scale: "log",
        events: false,
      },
    ],
    ["no categories", { ...defaults, cats: [] }],
  ];
  it.each(cases)("round-trips %s", (_name, filters) => {
    const search = serializeFilters(filters, bounds);
    expect(parse(search)).toEqual({ filters, notices: [] });
  });
});

describe("mergeFilterParams", () => {
  it("replaces the filter parameters and keeps other features' parameters", () => {
    const filters = parse("").filters;
    expect(mergeFilterParams("?from=2023-01-01&map=kherson&view=daily", filters, bounds)).toBe("map=kherson");
    expect(mergeFilterParams("?map=kherson", { ...filters, scale: "log" }, bounds)).toBe(
      "scale=log&map=kherson",
    );
  });
});

describe("presets", () => {
  it("count back from the data's last day, both ends included", () => {
    const byId = Object.fromEntries(RANGE_PRESETS.map((p) => [p.id, p.range(bounds)]));
    expect(byId["7d"]).toEqual({ from: "2025-08-02", to: "2025-08-08" });
    expect(byId["30d"]).toEqual({ from: "2025-07-10", to: "2025-08-08" });
    expect(byId["1y"]).toEqual({ from: "2024-08-09", to: "2025-08-08" });
    expect(byId["all"]).toEqual(bounds);
    expect(byId["counteroffensive-2023"]).toEqual({ from: "2023-06-04", to: "2023-11-30" });
  });
  it("recognise a range that matches one, for highlighting", () => {
    expect(matchingPreset({ from: d("2023-06-04"), to: d("2023-11-30") }, bounds)?.label).toBe(
      "2023 counteroffensive",
    );
    expect(matchingPreset({ from: d("2023-06-05"), to: d("2023-11-30") }, bounds)).toBeUndefined();
  });
});
