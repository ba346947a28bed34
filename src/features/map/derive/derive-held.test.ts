import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { heldAnswer } from "./derive-held";

const day = (d: string) => d as IsoDate;

describe("heldAnswer", () => {
  const point: [number, number] = [37.6, 48.1];
  it("says loading while the day's chunk loads", () => {
    expect(heldAnswer(undefined, point, day("2024-01-10"), day("2022-04-03"))).toBe("loading");
  });
  it("says no map yet before the source's first day, even with no shape", () => {
    expect(heldAnswer(null, point, day("2022-03-01"), day("2022-04-03"))).toBe("no map yet");
  });
  it("answers not held on a day the source drew nothing", () => {
    expect(heldAnswer(null, point, day("2024-01-10"), day("2022-04-03"))).toBe(false);
  });
});
