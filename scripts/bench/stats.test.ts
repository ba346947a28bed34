import { fmt, markdownTable, quantile, ratio, ratioTable, summarize, type MetricDef } from "./stats";

describe("summarize", () => {
  it("gives min, median, max and p95 of unsorted samples", () => {
    const s = summarize([30, 10, 20, 50, 40]);
    expect(s).toEqual({ n: 5, min: 10, median: 30, max: 50, p95: 48 });
  });

  it("takes the mean of the middle two for an even count", () => {
    expect(summarize([4, 1, 3, 2])?.median).toBe(2.5);
  });

  it("ignores missing and non-finite samples, and is null when none is left", () => {
    expect(summarize([null, 5, undefined, NaN, Infinity])).toEqual({
      n: 1,
      min: 5,
      median: 5,
      max: 5,
      p95: 5,
    });
    expect(summarize([null, undefined])).toBeNull();
  });
});

describe("quantile", () => {
  it("interpolates between ranks and clamps q", () => {
    const sorted = Array.from({ length: 101 }, (_, i) => i);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2], 7)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("ratio", () => {
  it("divides, and is null without a usable base", () => {
    expect(ratio(120, 100)).toBeCloseTo(1.2);
    expect(ratio(120, 0)).toBeNull();
    expect(ratio(null, 100)).toBeNull();
    expect(ratio(120, undefined)).toBeNull();
  });
});

describe("ratioTable", () => {
  const defs: MetricDef[] = [
    {
      key: "first",
      label: "First chart",
      unit: "ms",
      budget: { stat: "median", max: 1.1, against: "floor", text: "≤ 1.1 × floor" },
    },
    {
      key: "change",
      label: "Range change",
      unit: "ms",
      budget: { stat: "median", max: 50, text: "≤ 50 ms" },
    },
    { key: "step", label: "Slider step", unit: "ms", budget: { stat: "p95", max: 16, text: "p95 ≤ 16 ms" } },
    { key: "heap", label: "JS heap", unit: "MB" },
  ];
  const s = (median: number, p95 = median) => ({ n: 3, min: median, median, max: p95, p95 });

  it("checks absolute budgets on our figure and floor budgets on the ratio", () => {
    const rows = ratioTable(
      defs,
      { first: s(900), change: s(40), step: s(10, 20), heap: s(30) },
      { first: s(800), change: s(20), step: s(5, 8), heap: s(10) },
    );
    expect(rows.map((r) => [r.key, r.pass])).toEqual([
      ["first", false],
      ["change", true],
      ["step", false],
      ["heap", null],
    ]);
    expect(rows[0]?.ratio).toBeCloseTo(1.125);
    // A p95 budget compares p95s.
    expect(rows[2]?.ratio).toBeCloseTo(2.5);
  });

  it("shows the p95 where the budget is on it", () => {
    const md = markdownTable(ratioTable(defs, { step: s(10, 20) }, { step: s(5, 8) }), "floor");
    expect(md).toContain(
      "| Slider step | ms | 10.0 / **10.0** / 20.0, p95 **20.0** | 5.00 | 2.50 | p95 ≤ 16 ms | **over** |",
    );
  });

  it("leaves the verdict open when a figure is missing", () => {
    const rows = ratioTable(defs, { change: s(40) }, {});
    expect(rows[0]?.pass).toBeNull();
    expect(rows[0]?.ratio).toBeNull();
    expect(rows[1]?.pass).toBe(true);
  });

  it("renders a Markdown table with n/a for missing figures and marks what is over", () => {
    const md = markdownTable(ratioTable(defs, { first: s(900), change: s(40) }, { first: s(800) }), "floor");
    expect(md.split("\n")).toHaveLength(2 + defs.length);
    expect(md).toContain(
      "| First chart | ms | 900 / **900** / 900 | 800 | 1.13 | ≤ 1.1 × floor | **over** |",
    );
    expect(md).toContain("| JS heap | MB | n/a | n/a | n/a |  |  |");
    expect(md).toContain("| Slider step | ms | n/a |");
  });
});

describe("fmt", () => {
  it("keeps about three significant figures", () => {
    expect(fmt(1234.5)).toBe("1235");
    expect(fmt(45.678)).toBe("45.7");
    expect(fmt(1.23456)).toBe("1.23");
    expect(fmt(null)).toBe("n/a");
    expect(fmt(0.00042)).toBe("0.00042");
    expect(fmt(0)).toBe("0.00");
  });
});
