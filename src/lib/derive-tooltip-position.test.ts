import { describe, expect, it } from "vitest";
import { deriveTooltipPosition } from "./derive-tooltip-position";

const chart = { width: 400, height: 300, tipWidth: 120, tipHeight: 80 };

describe("deriveTooltipPosition", () => {
  it("sits 12 px right of and below the cursor where it fits", () => {
    expect(deriveTooltipPosition({ ...chart, x: 100, y: 50 })).toEqual({ left: 112, top: 62 });
  });

  it("flips to the cursor's left near the right edge", () => {
    // 300 + 12 + 120 = 432 > 400: it goes to 300 − 12 − 120.
    expect(deriveTooltipPosition({ ...chart, x: 300, y: 50 })).toEqual({ left: 168, top: 62 });
  });

  it("stays inside a chart narrower than cursor and tooltip on either side (a phone)", () => {
    expect(deriveTooltipPosition({ ...chart, width: 150, x: 60, y: 50 })).toEqual({ left: 0, top: 62 });
  });

  it("moves up so its bottom stays inside the chart", () => {
    expect(deriveTooltipPosition({ ...chart, x: 100, y: 280 })).toEqual({ left: 112, top: 220 });
  });
});
