import { describe, expect, it } from "vitest";
import { compactDigits, deriveValueTicks, deriveYTicks, niceStep } from "./derive-y-ticks";

describe("deriveYTicks", () => {
  it("puts ticks on round 1-2-5 steps and widens the domain to whole steps", () => {
    // Made-up cumulative range: 1,040,000 … 1,290,000.
    const { domain, ticks, step } = deriveYTicks(1_040_000, 1_290_000, 5);
    expect(step).toBe(50_000);
    expect(domain).toEqual([1_000_000, 1_300_000]);
    expect(ticks).toEqual([1_000_000, 1_050_000, 1_100_000, 1_150_000, 1_200_000, 1_250_000, 1_300_000]);
  });

  it("keeps zero inside the domain for change views, including negative days", () => {
    const { domain, ticks } = deriveYTicks(-7, 38, 5, true);
    expect(domain).toEqual([-10, 40]);
    expect(ticks).toEqual([-10, 0, 10, 20, 30, 40]);
  });

  it("never steps below one (counts are whole) and survives a flat or empty series", () => {
    expect(deriveYTicks(3, 5, 5).step).toBe(1);
    expect(deriveYTicks(4, 4, 5).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(deriveYTicks(Infinity, -Infinity, 5).domain).toEqual([0, 1]);
  });

  it("steps below one where asked (ratios), with ticks that print exactly", () => {
    // Made-up ratios 0.62× … 1.87×: Recharts' own ticks were 0.6×, 1.2×, 1.8×.
    const { ticks, step } = deriveYTicks(0.62, 1.87, 5, false, 0.01);
    expect(step).toBe(0.5);
    expect(ticks).toEqual([0.5, 1, 1.5, 2]);
    expect(deriveYTicks(0.1, 0.32, 5, false, 0.01).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(deriveYTicks(0, 0.3, 3, false, 0.01).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("picks 1, 2 or 5 times a power of ten", () => {
    expect([niceStep(11, 5), niceStep(23, 5), niceStep(240, 5), niceStep(4_000, 5)]).toEqual([
      5, 5, 50, 1_000,
    ]);
  });
});

describe("compactDigits", () => {
  it("gives the fraction digits that show every tick exactly in compact form", () => {
    expect(compactDigits([1_000_000, 1_050_000, 1_100_000])).toBe(2); // 1.05M
    expect(compactDigits([1_000_000, 1_100_000])).toBe(1);
    expect(compactDigits([20_000, 40_000])).toBe(0); // 20K
    expect(compactDigits([12_500, 15_000])).toBe(1); // 12.5K
  });
});

describe("deriveValueTicks", () => {
  it("puts counts from zero on round whole steps, gaps ignored", () => {
    // Made-up cumulative counts 310 … 1,240.
    const { ticks } = deriveValueTicks([310, null, 780, undefined, 1240, "2023-07-01"], { zero: true });
    expect(ticks).toEqual([0, 500, 1000, 1500]);
  });

  it("steps ratios by halves or tenths, never by Recharts' 0.6", () => {
    expect(deriveValueTicks([0.62, 1.87], { fractional: true }).ticks).toEqual([0.5, 1, 1.5, 2]);
    expect(deriveValueTicks([1.21, 1.43], { fractional: true }).ticks).toEqual([
      1.2, 1.25, 1.3, 1.35, 1.4, 1.45,
    ]);
  });

  it("keeps whole steps for km² even over a small span, so labels never round", () => {
    expect(deriveValueTicks([-2.4, 1.3]).ticks).toEqual([-3, -2, -1, 0, 1, 2]);
  });

  it("covers bars below and above zero", () => {
    expect(deriveValueTicks([-37, 0, 112], { zero: true }).ticks).toEqual([-50, 0, 50, 100, 150]);
  });
});
