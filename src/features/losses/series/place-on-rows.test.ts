import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeGeneralStaff } from "../../../data/test-builders";
import { deriveCategorySeries } from "./derive-category-series";
import { deriveChartModel } from "./derive-chart-rows";
import { rowContaining } from "./place-on-rows";

const d = (s: string) => s as IsoDate;

describe("rowContaining", () => {
  const gs = makeGeneralStaff({ start: "2023-07-01", tank: Array.from({ length: 40 }, (_, i) => i * 3) });
  const weeks = deriveChartModel(gs.dates, deriveCategorySeries(gs), {
    range: { from: d("2023-07-01"), to: d("2023-08-09") },
    categories: ["tank"],
    view: "weekly",
    scale: "linear",
  }).rows;

  it("finds the week an event falls in, so its line sits on that bar", () => {
    expect(rowContaining(weeks, d("2023-07-13"))?.key).toBe("2023-07-10");
    expect(rowContaining(weeks, d("2023-07-02"))?.key).toBe("2023-07-01");
    expect(rowContaining(weeks, d("2023-08-09"))?.key).toBe("2023-08-07");
  });

  it("finds nothing outside the rows", () => {
    expect(rowContaining(weeks, d("2023-06-30"))).toBeNull();
    expect(rowContaining(weeks, d("2023-08-10"))).toBeNull();
  });
});
