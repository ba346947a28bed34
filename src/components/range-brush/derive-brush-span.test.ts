import { describe, expect, it } from "vitest";
import {
  deriveDayAt,
  deriveDayFraction,
  deriveDayIndex,
  deriveHandleDrag,
  deriveKeyedSpan,
  deriveNearestHandle,
  deriveWindowDrag,
} from "./derive-brush-span";

describe("deriveDayFraction and deriveDayAt", () => {
  it("put the first day at the start of the axis, the last at its end, and read them back", () => {
    expect(deriveDayFraction(0, 11)).toBe(0);
    expect(deriveDayFraction(10, 11)).toBe(1);
    expect(deriveDayFraction(5, 11)).toBe(0.5);
    expect(deriveDayAt(250, 500, 11)).toBe(5);
    expect(deriveDayAt(0, 500, 11)).toBe(0);
    expect(deriveDayAt(500, 500, 11)).toBe(10);
  });
  it("snap a pointer to the nearest day and stop at the ends of the series", () => {
    // 11 days on 500 px: a day every 50 px.
    expect(deriveDayAt(74, 500, 11)).toBe(1);
    expect(deriveDayAt(76, 500, 11)).toBe(2);
    expect(deriveDayAt(-40, 500, 11)).toBe(0);
    expect(deriveDayAt(900, 500, 11)).toBe(10);
  });
  it("cope with a one-day series and an axis not laid out yet", () => {
    expect(deriveDayFraction(0, 1)).toBe(0);
    expect(deriveDayAt(30, 500, 1)).toBe(0);
    expect(deriveDayAt(30, 0, 11)).toBe(0);
  });
});

describe("deriveHandleDrag", () => {
  it("moves one end of the span and keeps the other", () => {
    expect(deriveHandleDrag(40, 12)).toEqual({ start: 12, end: 40 });
    expect(deriveHandleDrag(12, 55)).toEqual({ start: 12, end: 55 });
  });
  it("swaps the ends when a handle is dragged past the other one", () => {
    // The start handle (anchor: the end at 40) dragged to day 50.
    expect(deriveHandleDrag(40, 50)).toEqual({ start: 40, end: 50 });
  });
});

describe("deriveWindowDrag", () => {
  it("moves both ends by the same number of days", () => {
    expect(deriveWindowDrag({ start: 10, end: 20 }, 5, 100)).toEqual({ start: 15, end: 25 });
    expect(deriveWindowDrag({ start: 10, end: 20 }, -4, 100)).toEqual({ start: 6, end: 16 });
  });
  it("stops at either end of the series without shrinking the window", () => {
    expect(deriveWindowDrag({ start: 10, end: 20 }, -30, 100)).toEqual({ start: 0, end: 10 });
    expect(deriveWindowDrag({ start: 10, end: 20 }, 500, 100)).toEqual({ start: 89, end: 99 });
  });
});

describe("deriveNearestHandle", () => {
  it("picks the start handle before the window's middle and the end handle after it", () => {
    expect(deriveNearestHandle({ start: 10, end: 20 }, 2)).toBe("start");
    expect(deriveNearestHandle({ start: 10, end: 20 }, 14)).toBe("start");
    expect(deriveNearestHandle({ start: 10, end: 20 }, 16)).toBe("end");
    expect(deriveNearestHandle({ start: 10, end: 20 }, 90)).toBe("end");
  });
  it("picks by side when both handles are on the same day", () => {
    expect(deriveNearestHandle({ start: 10, end: 10 }, 5)).toBe("start");
    expect(deriveNearestHandle({ start: 10, end: 10 }, 15)).toBe("end");
  });
});

describe("deriveKeyedSpan", () => {
  const span = { start: 100, end: 200 };
  it("moves a handle by a day with the arrow keys, a week with Shift, 30 days with Page Up/Down", () => {
    expect(deriveKeyedSpan(span, "end", { key: "ArrowLeft" }, 1000)).toEqual({ start: 100, end: 199 });
    expect(deriveKeyedSpan(span, "start", { key: "ArrowUp" }, 1000)).toEqual({ start: 101, end: 200 });
    expect(deriveKeyedSpan(span, "start", { key: "ArrowRight", shiftKey: true }, 1000)).toEqual({
      start: 107,
      end: 200,
    });
    expect(deriveKeyedSpan(span, "end", { key: "PageUp" }, 1000)).toEqual({ start: 100, end: 230 });
    expect(deriveKeyedSpan(span, "end", { key: "PageDown" }, 1000)).toEqual({ start: 100, end: 170 });
  });
  it("sends a handle as far as it can go with Home and End", () => {
    expect(deriveKeyedSpan(span, "start", { key: "Home" }, 1000)).toEqual({ start: 0, end: 200 });
    expect(deriveKeyedSpan(span, "start", { key: "End" }, 1000)).toEqual({ start: 200, end: 200 });
    expect(deriveKeyedSpan(span, "end", { key: "End" }, 1000)).toEqual({ start: 100, end: 999 });
    expect(deriveKeyedSpan(span, "end", { key: "Home" }, 1000)).toEqual({ start: 100, end: 100 });
  });
  it("stops a handle at the other one and at the ends of the series", () => {
    expect(deriveKeyedSpan({ start: 5, end: 6 }, "end", { key: "PageDown" }, 1000)).toEqual({
      start: 5,
      end: 5,
    });
    expect(deriveKeyedSpan({ start: 5, end: 6 }, "start", { key: "PageDown" }, 1000)).toEqual({
      start: 0,
      end: 6,
    });
    expect(deriveKeyedSpan({ start: 5, end: 998 }, "end", { key: "PageUp" }, 1000)).toEqual({
      start: 5,
      end: 999,
    });
  });
  it("ignores keys the brush does not use", () => {
    expect(deriveKeyedSpan(span, "start", { key: "Tab" }, 1000)).toBeNull();
    expect(deriveKeyedSpan(span, "start", { key: "a" }, 1000)).toBeNull();
  });
});

describe("deriveDayIndex", () => {
  it("counts days from the series' first day and clamps to the series", () => {
    expect(deriveDayIndex("2023-01-01", "2023-01-31", 100)).toBe(30);
    expect(deriveDayIndex("2023-01-01", "2022-12-01", 100)).toBe(0);
    expect(deriveDayIndex("2023-01-01", "2024-01-01", 100)).toBe(99);
  });
  it("counts across a change of daylight saving time and a leap day as whole days", () => {
    expect(deriveDayIndex("2024-02-28", "2024-03-31", 100)).toBe(32);
  });
});
