import { describe, expect, it } from "vitest";
import { deriveChartLayout } from "../../../lib/derive-chart-layout";
import { deriveGroupedBarPaths, GROUP_GAP } from "./derive-grouped-bars";

const layout = deriveChartLayout({
  width: 200,
  height: 110,
  margin: { top: 0, right: 0, bottom: 0, left: 0 },
  yAxisWidth: 0,
  xAxisHeight: 10,
  xAxis: { kind: "band", keys: ["w1", "w2"] },
  yScale: "linear",
  yDomain: [-10, 10],
});

describe("deriveGroupedBarPaths", () => {
  it("draws each series' bar side by side in its band, up from zero for gains and down for losses", () => {
    const [up, down] = deriveGroupedBarPaths(
      [
        [10, 0],
        [-5, 0],
      ],
      ["w1", "w2"],
      layout,
    );
    // Band 0..100 px; the group starts after half the gap (7.5 px); each bar is 42.5 px minus a 2 px hairline.
    const start = (100 * GROUP_GAP) / 2;
    expect(up).toBe(`M${start + 1},0h40.5v50h-40.5Z`);
    expect(down).toBe(`M${start + 42.5 + 1},50h40.5v25h-40.5Z`);
  });

  it("draws nothing for a zero or an unknown week", () => {
    expect(deriveGroupedBarPaths([[0, 0]], ["w1", "w2"], layout)).toEqual([""]);
    expect(deriveGroupedBarPaths([[3]], ["w3"], layout)).toEqual([""]);
  });
});
