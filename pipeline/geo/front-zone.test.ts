import { describe, expect, it } from "vitest";
import { emptyZoneGrid, isNearMarked, keepMasked, markPolygon, markedCells } from "./front-zone";
import type { Polygon } from "./polygons";

// A 1° square at 48°N: ~74.5 km east–west, ~111 km north–south.
const square = (w: number, s: number, size = 1): Polygon => [
  [
    [w, s],
    [w + size, s],
    [w + size, s + size],
    [w, s + size],
    [w, s],
  ],
];

describe("front zone grid", () => {
  it("counts a point inside a held shape, or within the distance of it, and no farther", () => {
    const grid = emptyZoneGrid([30, 46, 36, 50], 2);
    markPolygon(grid, square(32, 48));
    expect(isNearMarked(grid, [32.5, 48.5], 60)).toBe(true);
    // 0.5° of longitude east of the square's edge at 48.5°N: ~37 km away.
    expect(isNearMarked(grid, [33.5, 48.5], 60)).toBe(true);
    // 1.2° east: ~89 km away.
    expect(isNearMarked(grid, [34.2, 48.5], 60)).toBe(false);
    // 0.45° of latitude north: ~50 km; 0.65°: ~72 km.
    expect(isNearMarked(grid, [32.5, 49.45], 60)).toBe(true);
    expect(isNearMarked(grid, [32.5, 49.65], 60)).toBe(false);
  });

  it("leaves a hole unheld and a speck smaller than a cell unmarked", () => {
    const grid = emptyZoneGrid([30, 46, 36, 50], 2);
    markPolygon(grid, [...square(31, 47, 2), ...square(31.5, 47.5, 1)]);
    expect(isNearMarked(grid, [32, 48], 1)).toBe(false);
    expect(isNearMarked(grid, [31.2, 47.2], 1)).toBe(true);
    const specks = emptyZoneGrid([30, 46, 36, 50], 2);
    markPolygon(specks, square(34, 49, 0.001));
    expect(markedCells(specks)).toBe(0);
  });

  it("keeps only the cells inside the mask (the country's boundary)", () => {
    const grid = emptyZoneGrid([30, 46, 36, 50], 2);
    markPolygon(grid, square(31, 47, 2));
    const mask = emptyZoneGrid([30, 46, 36, 50], 2);
    markPolygon(mask, square(30, 46, 2));
    keepMasked(grid, mask);
    expect(isNearMarked(grid, [31.5, 47.5], 1)).toBe(true);
    expect(isNearMarked(grid, [32.5, 48.5], 1)).toBe(false);
  });
});
