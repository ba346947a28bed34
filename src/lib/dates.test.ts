import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import {
  addDays,
  clampDate,
  daysInRange,
  diffDays,
  eachDay,
  isInRange,
  parseIsoDate,
  subtractYears,
} from "./dates";

const d = (s: string) => s as IsoDate;

describe("parseIsoDate", () => {
  it("accepts real calendar days", () => {
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
  });
  it.each(["garbage", "2023-02-30", "2023-13-01", "2023-7-25", "25.07.2023", "", "2023-07-25T00:00"])(
    "rejects %j",
    (value) => {
      expect(parseIsoDate(value)).toBeNull();
    },
  );
});

describe("day arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(addDays(d("2022-12-31"), 1)).toBe("2023-01-01");
    expect(addDays(d("2023-03-01"), -1)).toBe("2023-02-28");
    expect(addDays(d("2024-03-01"), -1)).toBe("2024-02-29");
  });
  it("counts whole calendar days across a daylight-saving change", () => {
    // Europe's 2023 spring change was on 26 March, the autumn one on 29 October.
    expect(diffDays(d("2023-03-27"), d("2023-03-25"))).toBe(2);
    expect(diffDays(d("2023-10-30"), d("2023-10-28"))).toBe(2);
    expect(diffDays(d("2023-07-25"), d("2023-07-18"))).toBe(7);
  });
  it("counts both ends of an inclusive range", () => {
    expect(daysInRange({ from: d("2023-07-19"), to: d("2023-07-25") })).toBe(7);
    expect(daysInRange({ from: d("2023-07-25"), to: d("2023-07-25") })).toBe(1);
  });
  it("goes back whole years, moving 29 February to 28 February", () => {
    expect(subtractYears(d("2025-08-08"), 1)).toBe("2024-08-08");
    expect(subtractYears(d("2024-02-29"), 1)).toBe("2023-02-28");
  });
});

describe("clampDate and isInRange", () => {
  const bounds = { from: d("2022-02-24"), to: d("2023-07-25") };
  it("moves days outside the bounds to the nearest end", () => {
    expect(clampDate(d("2021-01-01"), bounds)).toBe("2022-02-24");
    expect(clampDate(d("2030-01-01"), bounds)).toBe("2023-07-25");
    expect(clampDate(d("2023-01-01"), bounds)).toBe("2023-01-01");
  });
  it("includes both ends", () => {
    expect(isInRange(d("2022-02-24"), bounds)).toBe(true);
    expect(isInRange(d("2023-07-25"), bounds)).toBe(true);
    expect(isInRange(d("2023-07-26"), bounds)).toBe(false);
  });
});

describe("eachDay", () => {
  it("lists every day of the inclusive range", () => {
    expect(eachDay(d("2024-02-27"), d("2024-03-01"))).toEqual([
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
  });
  it("is empty for a reversed range and has one day for a single-day range", () => {
    expect(eachDay(d("2024-03-01"), d("2024-02-27"))).toEqual([]);
    expect(eachDay(d("2024-03-01"), d("2024-03-01"))).toEqual(["2024-03-01"]);
  });
});
