import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff, makeWarEvent } from "../../../data/test-builders";
import { deriveCategorySeries } from "../series/derive-category-series";
import { deriveChartModel } from "../series/derive-chart-rows";
import type { CorrectionMarker } from "../series/derive-correction-markers";
import { placeCorrectionMarkers, placeEndLabels, placeEvents, shortLabel } from "./derive-losses-annotations";
import { deriveLossesScales } from "./derive-losses-scales";

// Mon 2023-07-03 … Wed 2023-07-12.
const gs = makeGeneralStaff({
  start: "2023-07-03",
  tank: [100, 102, 105, 109, 107, 120, 121, 130, 131, 133],
  apc: [200, 201, 202, 203, 204, 205, 206, 207, 208, 209],
});
const series = deriveCategorySeries(gs);
const range = { from: "2023-07-03" as IsoDate, to: "2023-07-12" as IsoDate };
const model = (view: "cumulative" | "weekly") =>
  deriveChartModel(gs.dates, series, {
    range,
    categories: ["tank", "apc"],
    view,
    scale: "linear",
  });
const marker: CorrectionMarker = {
  date: "2023-07-07" as IsoDate,
  category: "tank",
  delta: null,
  listedOn: null,
  dailyChange: -2,
  cumulative: 107,
};

describe("placeEvents", () => {
  it("puts an event on its day, one before the range on the first row, and drops one after", () => {
    const events = [
      makeWarEvent({ date: "2023-07-05" as IsoDate, label: "A" }),
      makeWarEvent({ date: "2022-02-24" as IsoDate, label: "Invasion" }),
      makeWarEvent({ date: "2023-08-01" as IsoDate, label: "Later" }),
    ];
    const placed = placeEvents(events, model("cumulative").rows, false);
    expect(placed.map((p) => [p.event.label, p.key])).toEqual([
      ["A", "2023-07-05"],
      ["Invasion", "2023-07-03"],
    ]);
  });

  it("puts an event on its week's bar in the weekly view", () => {
    const placed = placeEvents(
      [makeWarEvent({ date: "2023-07-11" as IsoDate })],
      model("weekly").rows,
      false,
    );
    expect(placed.map((p) => p.x)).toEqual(["2023-07-10"]);
  });
});

describe("placeCorrectionMarkers", () => {
  it("sits on the drawn value of its category that day", () => {
    const places = placeCorrectionMarkers([marker], ["tank"], model("cumulative").rows, {
      timeAxis: false,
      bars: false,
    });
    expect(places).toEqual([
      { x: "2023-07-07", key: "2023-07-07", category: "tank", y: 107, slot: undefined, id: "2023-07-07tank" },
    ]);
  });

  it("takes its category's bar in a week's group, and skips categories not drawn", () => {
    const rows = model("weekly").rows;
    const cats = ["apc", "tank"] as const;
    const [place] = placeCorrectionMarkers([marker], cats, rows, { timeAxis: false, bars: true });
    expect(place?.slot).toEqual({ index: 1, count: 2 });
    // The week's tank losses: 121 on Sun 07-09 minus 100 on Mon 07-03's eve (taken as the first day's).
    expect(place?.y).toBe(rows[0]?.plotted.tank);
    expect(placeCorrectionMarkers([marker], ["apc"], rows, { timeAxis: false, bars: true })).toEqual([]);
  });
});

describe("placeEndLabels", () => {
  it("labels each line at its last value, at least 12 px apart, right of the plot", () => {
    const m = model("cumulative");
    const scales = deriveLossesScales({
      model: m,
      categories: ["tank", "apc"],
      view: "cumulative",
      scale: "linear",
      width: 400,
      height: 200,
    })!;
    const labels = placeEndLabels(scales.layout, m.rows, ["tank", "apc"]);
    const { plot } = scales.layout;
    expect(labels.map((l) => [l.category, l.x])).toEqual([
      ["tank", plot.x + plot.width + 4],
      ["apc", plot.x + plot.width + 4],
    ]);
    expect(labels[0]?.y).toBe(scales.layout.y(133));
    expect(Math.abs((labels[0]?.y ?? 0) - (labels[1]?.y ?? 0))).toBeGreaterThanOrEqual(12);
  });

  it("cuts names longer than 13 characters", () => {
    expect(shortLabel("tank")).toBe("Tanks");
    expect(shortLabel("apc")).toBe("Armoured com…");
  });
});
