import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff, makeWarEvent } from "../../../data/test-builders";
import { deriveCategorySeries } from "../series/derive-category-series";
import { deriveChartModel } from "../series/derive-chart-rows";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { deriveLossesTooltip } from "./derive-losses-tooltip";

// Mon 2023-07-03 … Wed 2023-07-12: one whole week, then three days of the next.
const gs = makeGeneralStaff({
  start: "2023-07-02",
  tank: [90, 100, 102, 105, 109, 107, 120, 121, 130, 131, 134],
});
const series = deriveCategorySeries(gs);
const range = { from: "2023-07-03" as IsoDate, to: "2023-07-12" as IsoDate };
const modelOf = (view: "cumulative" | "weekly") =>
  deriveChartModel(gs.dates, series, { range, categories: ["tank"], view, scale: "linear" });
const fall: CorrectionMarker = {
  date: "2023-07-07" as IsoDate,
  category: "tank",
  delta: null,
  listedOn: null,
  dailyChange: -2,
  cumulative: 107,
};

describe("deriveLossesTooltip", () => {
  it("gives a day's total and that day's change, with its swatch", () => {
    const model = modelOf("cumulative");
    const row = model.rows.find((r) => r.key === "2023-07-09")!;
    const tip = deriveLossesTooltip({
      row,
      categories: ["tank"],
      model,
      view: "cumulative",
      markers: [],
      events: [],
      colorOf: () => "var(--cat-tank)",
    });
    expect(tip.title).toBe("9 Jul 2023");
    expect(tip.lines).toEqual([
      { key: "tank", label: "Tanks", value: "121", detail: "+1 that day", color: "var(--cat-tank)" },
    ]);
    expect(tip.extra).toEqual([]);
  });

  it("names the row's event and an unlisted fall of the total", () => {
    const model = modelOf("cumulative");
    const row = model.rows.find((r) => r.key === "2023-07-07")!;
    const tip = deriveLossesTooltip({
      row,
      categories: ["tank"],
      model,
      view: "cumulative",
      markers: [fall],
      events: [makeWarEvent({ date: "2023-07-07" as IsoDate, label: "Bridge struck" })],
    });
    expect(tip.lines[0]?.detail).toBe("-2 that day");
    expect(tip.extra).toEqual([
      "Event, 7 Jul 2023: Bridge struck",
      "Tanks total fell on 2023-07-07: an unlisted revision by the General Staff.",
    ]);
  });

  it("compares a partial week with the whole one before it per day", () => {
    const model = modelOf("weekly");
    const row = model.rows[1]!;
    const tip = deriveLossesTooltip({
      row,
      categories: ["tank"],
      model,
      view: "weekly",
      markers: [],
      events: [],
    });
    expect(tip.title).toBe("10 – 12 Jul 2023 (partial: 3 of 7 days)");
    // 13 tanks in 3 days (121 → 134) vs 31 in the 7 days before (90 → 121): 4.3 − 4.4 = −0.1 a day.
    expect(tip.lines[0]?.value).toBe("13");
    expect(tip.lines[0]?.detail).toBe("-0.1 a day vs previous week");
    expect(tip.extra).toEqual(["A partial week on one side: losses per day compared, not totals."]);
  });
});
