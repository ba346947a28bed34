import { describe, expect, it } from "vitest";
import { deriveValueTicks } from "./chart-axes";

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
