import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import { eachDay } from "./dates";
import { DATE_LABEL_ROOM, deriveAxisTicks, deriveDateTicks } from "./derive-axis-ticks";

const d = (s: string) => s as IsoDate;

describe("deriveAxisTicks", () => {
  it("keeps every key of a short range", () => {
    const week = eachDay(d("2023-07-19"), d("2023-07-25"));
    expect(deriveAxisTicks(week)).toEqual(week);
  });

  it("labels the first day of each month on a few months of days", () => {
    const ticks = deriveAxisTicks(eachDay(d("2023-06-15"), d("2023-10-20")));
    expect(ticks).toEqual(["2023-07-01", "2023-08-01", "2023-09-01", "2023-10-01"]);
  });

  it("steps through calendar quarters or half-years on four years of days, never more than asked", () => {
    const ticks = deriveAxisTicks(eachDay(d("2022-02-25"), d("2026-08-08")), 10);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.every((t) => t.endsWith("-01") && ["01", "07"].includes(t.slice(5, 7)))).toBe(true);
  });

  it("spaces ticks evenly on a month of days", () => {
    const ticks = deriveAxisTicks(eachDay(d("2023-07-01"), d("2023-07-31")), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe("2023-07-01");
  });
});

describe("deriveDateTicks", () => {
  const year = eachDay(d("2023-01-01"), d("2023-12-31"));

  it("gives a wide plot a label per month start, a narrow one fewer, each with room for a date", () => {
    const wide = deriveDateTicks(year, 12 * DATE_LABEL_ROOM);
    expect(wide).toHaveLength(12);
    expect(wide.every((t) => t.endsWith("-01"))).toBe(true);
    const narrow = deriveDateTicks(year, 4 * DATE_LABEL_ROOM);
    expect(narrow.length).toBeLessThanOrEqual(4);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps two labels on a plot too narrow for any", () => {
    expect(deriveDateTicks(year, 50)).toHaveLength(2);
  });

  it("takes a wider room per label where asked", () => {
    expect(deriveDateTicks(year, 600, 200).length).toBeLessThanOrEqual(3);
  });
});
