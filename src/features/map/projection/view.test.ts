import { describe, expect, it } from "vitest";
import { fitRect, IDENTITY, MAX_ZOOM, toPlane, viewForKey, zoomAt } from "./view";

describe("view transform", () => {
  it("zooms about the pointer: the point under it stays put", () => {
    const v = zoomAt(IDENTITY, 2, 100, 50);
    expect(v).toEqual({ k: 2, x: -100, y: -50 });
    expect(toPlane(v, 100, 50)).toEqual([100, 50]);
  });

  it("never zooms out past the whole map nor in past the limit", () => {
    expect(zoomAt(IDENTITY, 0.5, 0, 0).k).toBe(1);
    expect(zoomAt({ k: MAX_ZOOM, x: 0, y: 0 }, 2, 0, 0).k).toBe(MAX_ZOOM);
  });

  it("fits a rectangle of the plane into the map, centred", () => {
    const v = fitRect([100, 100, 200, 150], 1000, 500, 0);
    expect(v.k).toBe(10);
    // The rectangle's centre (150, 125) lands at the map's centre.
    expect(150 * v.k + v.x).toBe(500);
    expect(125 * v.k + v.y).toBe(250);
  });

  it("pans 60 px per arrow key, the map moving the way the arrow points away from, and zooms with + and −", () => {
    const v = { k: 2, x: -100, y: -50 };
    expect(viewForKey(v, "ArrowLeft", 400, 200)).toEqual({ k: 2, x: -40, y: -50 });
    expect(viewForKey(v, "ArrowRight", 400, 200)).toEqual({ k: 2, x: -160, y: -50 });
    expect(viewForKey(v, "ArrowUp", 400, 200)).toEqual({ k: 2, x: -100, y: 10 });
    expect(viewForKey(v, "ArrowDown", 400, 200)).toEqual({ k: 2, x: -100, y: -110 });
    // About the centre (200, 100): the plane point there stays put.
    expect(viewForKey(v, "+", 400, 200)).toEqual({ k: 3, x: -250, y: -125 });
    expect(viewForKey(v, "-", 400, 200)!.k).toBeCloseTo(4 / 3, 12);
    expect(viewForKey(v, "a", 400, 200)).toBeNull();
  });
});
