import { describe, expect, it } from "vitest";
import { iso } from "../../data/test-builders";
import {
  axisInsets,
  brushInsetStyle,
  deriveBrushView,
  sliderBounds,
  windowTransform,
} from "./brush-geometry";

// 1–11 Jan 2024.
const keys = Array.from({ length: 11 }, (_, i) => ({
  key: iso(`2024-01-${String(i + 1).padStart(2, "0")}`),
}));

describe("brush geometry", () => {
  it("starts the day axis past the inset, the track's border and half a handle", () => {
    expect(axisInsets({ left: 56, right: 28 })).toEqual({ left: 69, right: 41 });
  });

  it("gives the stylesheet the same insets as custom properties", () => {
    expect(brushInsetStyle({ left: 56, right: 28 })).toEqual({
      "--brush-inset-left": "56px",
      "--brush-inset-right": "28px",
      "--brush-half-handle": "12px",
      "--brush-border": "1px",
      "--brush-axis-left": "69px",
      "--brush-axis-right": "41px",
    });
  });

  it("puts a date outside its handle only where 96 px are free", () => {
    // On a 400 px axis the start at day 1 of 10 is 40 px in: 40 + 69 − 12 = 97 px free on its left.
    const v = deriveBrushView(keys, { start: 1, end: 10 }, 400);
    expect([v.from, v.to, v.start, v.end]).toEqual(["2024-01-02", "2024-01-11", 0.1, 1]);
    expect(v.startSide).toBe("left");
    // The end at the axis' end has 41 − 12 = 29 px on its right: its date goes inside.
    expect(v.endSide).toBe("left");
    expect(deriveBrushView(keys, { start: 0, end: 5 }, 400).startSide).toBe("right");
  });

  it("scales the window to the span and bounds each handle by the other", () => {
    expect(windowTransform({ start: 0.2, end: 0.7 })).toBe("translateX(20.000%) scaleX(0.50000)");
    expect(sliderBounds({ start: 2, end: 7 }, "start", 11)).toEqual({ min: 0, max: 7 });
    expect(sliderBounds({ start: 2, end: 7 }, "end", 11)).toEqual({ min: 2, max: 10 });
  });
});
