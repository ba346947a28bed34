import { describe, expect, it } from "vitest";
import { deriveScaleBar, distanceKm, kmPerPixelAt } from "./derive-scale-bar";

describe("deriveScaleBar", () => {
  it("picks the longest 1–2–5 length that fits, and its width on screen", () => {
    // 0.37 km/px, 120 px at most: 44.4 km fit, so 20 km, 54.05 px.
    const bar = deriveScaleBar(0.37, 120);
    expect(bar?.km).toBe(20);
    expect(bar?.label).toBe("20 km");
    expect(bar?.px).toBeCloseTo(20 / 0.37, 6);
    expect(deriveScaleBar(1.3, 120)?.label).toBe("100 km");
    expect(deriveScaleBar(0.05, 120)?.label).toBe("5 km");
  });

  it("says metres under a kilometre, and gives nothing when the scale is unknown", () => {
    expect(deriveScaleBar(0.004, 120)?.label).toBe("200 m");
    expect(deriveScaleBar(0.0125, 120)?.label).toBe("1 km");
    expect(deriveScaleBar(null, 120)).toBeNull();
    expect(deriveScaleBar(0, 120)).toBeNull();
  });
});

describe("kmPerPixelAt", () => {
  it("measures the ground distance per pixel through the view and the projection", () => {
    // A made-up projection: 1 plane unit = 0.01° of longitude on the equator (~1.112 km).
    const invert = ([x, y]: [number, number]): [number, number] => [x / 100, -y / 100];
    const oneUnitKm = distanceKm([0, 0], [0.01, 0]);
    expect(oneUnitKm).toBeCloseTo(1.112, 3);
    // Zoomed in 4×: a pixel is a quarter of a unit.
    expect(kmPerPixelAt(invert, { k: 4, x: 10, y: 20 }, 300, 20)).toBeCloseTo(oneUnitKm / 4, 6);
    expect(kmPerPixelAt(() => null, { k: 1, x: 0, y: 0 }, 0, 0)).toBeNull();
  });
});
