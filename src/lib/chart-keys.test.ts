import { describe, expect, it } from "vitest";
import { rowForKey } from "./chart-keys";

describe("rowForKey", () => {
  it("steps one row with the arrows and stops at the ends", () => {
    expect(rowForKey("ArrowRight", 3, 9)).toBe(4);
    expect(rowForKey("ArrowLeft", 3, 9)).toBe(2);
    expect(rowForKey("ArrowRight", 9, 9)).toBe(9);
    expect(rowForKey("ArrowLeft", 0, 9)).toBe(0);
  });

  it("starts from the first row going right and the last going left when none is shown", () => {
    expect(rowForKey("ArrowRight", -1, 9)).toBe(0);
    expect(rowForKey("ArrowLeft", -1, 9)).toBe(9);
  });

  it("jumps to the ends with Home and End, and ignores other keys or an empty chart", () => {
    expect(rowForKey("Home", 5, 9)).toBe(0);
    expect(rowForKey("End", 5, 9)).toBe(9);
    expect(rowForKey("Enter", 5, 9)).toBeNull();
    expect(rowForKey("End", -1, -1)).toBeNull();
  });
});
