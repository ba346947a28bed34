import { describe, expect, it } from "vitest";
import { deriveMapExportData } from "./derive-map-export";

const items = [
  { id: "ru-gain", label: "Russian gains", fill: "red", km2: 12.345 },
  { id: "ukr-gain", label: "Ukrainian gains", fill: "blue", km2: undefined },
];
const context = { source: "DeepState", area: "Test sector", from: "2023-06-04", day: "2023-11-30" };

describe("the map's CSV", () => {
  it("lists each measured legend layer with its km² (one decimal), leaving unmeasured ones out", () => {
    const data = deriveMapExportData(items, context);
    expect(data.fileStem).toBe("front-line-map-deepstate-test-sector");
    expect(data.rows).toEqual([
      ["Russian gains", 12.3, "DeepState", "Test sector", "2023-06-04", "2023-11-30", "", "", "", ""],
    ]);
    expect(data.range).toEqual({ from: "2023-06-04", to: "2023-11-30" });
  });

  it("gives the reader's box on each row, to 4 decimals as its link does", () => {
    const data = deriveMapExportData(items, { ...context, box: [37.912345, 48.5, 38.10006, 48.66661] });
    expect(data.columns.slice(-4)).toEqual([
      "your_box_west",
      "your_box_south",
      "your_box_east",
      "your_box_north",
    ]);
    expect(data.rows[0]!.slice(-4)).toEqual([37.9123, 48.5, 38.1001, 48.6666]);
  });
});
