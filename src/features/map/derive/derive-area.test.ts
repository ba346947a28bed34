import { describe, expect, it } from "vitest";
import { areaInBoxKm2, measurePair } from "./derive-area";
import {
  boxAreaKm2,
  boxPolygon,
  EARTH_RADIUS_KM,
  type BBox,
  type MultiPolygon,
  type Ring,
} from "../../../lib/geometry";

const RAD = Math.PI / 180;
const rect = (box: BBox): Ring => boxPolygon(box)[0]!;
const WORLD: BBox = [20, 40, 45, 55];

/** Exact area of the triangle (w,s)-(e,s)-(w,n), its hypotenuse straight in lon/lat. */
function lowerLeftTriangleKm2([w, s, e, n]: BBox): number {
  const [p0, p1] = [s * RAD, n * RAD];
  // width(φ) = Δλ·(φ1 − φ)/(φ1 − φ0); ∫(φ1 − φ)cos φ dφ = (φ1 − φ) sin φ − cos φ
  const F = (p: number) => (p1 - p) * Math.sin(p) - Math.cos(p);
  return ((EARTH_RADIUS_KM ** 2 * (e - w) * RAD) / (p1 - p0)) * (F(p1) - F(p0));
}

describe("areaInBoxKm2", () => {
  it("measures a one-degree square at 48°N as the sphere does (≈ 8,190 km²)", () => {
    const square: BBox = [30, 48, 31, 49];
    const exact = boxAreaKm2(square);
    expect(exact).toBeGreaterThan(8150);
    expect(exact).toBeLessThan(8250);
    expect(areaInBoxKm2([[rect(square)]], WORLD)).toBeCloseTo(exact, 6);
  });

  it("subtracts holes and ignores winding order", () => {
    const outer = rect([30, 48, 31, 49]).reverse();
    const hole = rect([30.25, 48.25, 30.75, 48.75]);
    const expected = boxAreaKm2([30, 48, 31, 49]) - boxAreaKm2([30.25, 48.25, 30.75, 48.75]);
    expect(areaInBoxKm2([[outer, hole]], WORLD)).toBeCloseTo(expected, 6);
  });

  it("measures a triangle with a slanted edge within 0.001 %", () => {
    const box: BBox = [36, 47, 37.5, 48];
    const [w, s, e, n] = box;
    const tri: Ring = [
      [w, s],
      [e, s],
      [w, n],
      [w, s],
    ];
    const exact = lowerLeftTriangleKm2(box);
    expect(Math.abs(areaInBoxKm2([[tri]], WORLD) / exact - 1)).toBeLessThan(1e-5);
  });

  it("counts only the part inside the box", () => {
    const shape: MultiPolygon = [[rect([30, 48, 32, 50])]];
    expect(areaInBoxKm2(shape, [31, 49, 33, 51])).toBeCloseTo(boxAreaKm2([31, 49, 32, 50]), 6);
    expect(areaInBoxKm2(shape, [40, 40, 41, 41])).toBe(0);
  });
});

describe("measurePair: change between two days", () => {
  // Day 1 holds [30,31]×[48,49]; day 2 holds [30.5,31.5]×[48,49]: Russia took the east half-degree
  // strip and lost the west one.
  const from: MultiPolygon = [[rect([30, 48, 31, 49])]];
  const day: MultiPolygon = [[rect([30.5, 48, 31.5, 49])]];

  it("splits the two days into gains, losses and unchanged area", () => {
    const strip = boxAreaKm2([30, 48, 30.5, 49]);
    const m = measurePair(from, day, WORLD);
    expect(m.bOnlyKm2).toBeCloseTo(strip, 6); // Russian gains
    expect(m.aOnlyKm2).toBeCloseTo(strip, 6); // Ukrainian gains
    expect(m.bothKm2).toBeCloseTo(strip, 6); // unchanged
    expect(m.aKm2).toBeCloseTo(2 * strip, 6);
  });

  it("limits the change to a box", () => {
    const m = measurePair(from, day, [31, 48, 32, 48.5]);
    expect(m.aOnlyKm2).toBe(0);
    expect(m.bOnlyKm2).toBeCloseTo(boxAreaKm2([31, 48, 31.5, 48.5]), 6);
  });

  it("treats a day without shapes as holding nothing", () => {
    const m = measurePair(from, [], WORLD);
    expect(m.aOnlyKm2).toBeCloseTo(boxAreaKm2([30, 48, 31, 49]), 6);
    expect(m.bKm2).toBe(0);
  });

  it("handles a multipolygon of separate parts and shared edges", () => {
    const parts: MultiPolygon = [[rect([30, 48, 30.5, 49])], [rect([30.5, 48, 31, 49])]];
    expect(measurePair(parts, from, WORLD).aOnlyKm2).toBeCloseTo(0, 6);
  });
});
