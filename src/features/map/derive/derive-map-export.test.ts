import { describe, expect, it } from "vitest";
import { deriveMapExportData } from "./derive-map-export";

describe("the map's CSV", () => {
  it("lists each measured legend layer with its km² (one decimal), leaving unmeasured ones out", () => {
    const data = deriveMapExportData(
      [
        { id: "ru-gain", label: "Russian gains", fill: "red", km2: 12.345 },
        { id: "ukr-gain", label: "Ukrainian gains", fill: "blue", km2: undefined },
      ],
      { source: "DeepState", area: "Test sector", from: "2023-06-04", day: "2023-11-30" },
    );
    expect(data.fileStem).toBe("front-line-map-deepstate-test-sector");
    expect(data.rows).toEqual([
      ["Russian gains", 12.3, "DeepState", "Test sector", "2023-06-04", "2023-11-30"],
    ]);
    expect(data.range).toEqual({ from: "2023-06-04", to: "2023-11-30" });
  });
});
