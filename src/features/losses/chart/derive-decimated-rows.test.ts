import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { eachDay } from "../../../lib/dates";
import type { ChartRow } from "../series/derive-chart-rows";
import { deriveDecimatedRows } from "./derive-decimated-rows";

const rowsOf = (values: (number | null)[]): ChartRow[] => {
  const days = eachDay("2023-01-01" as IsoDate, "2030-01-01" as IsoDate);
  return values.map((v, i) => {
    const key = days[i] as IsoDate;
    return {
      key,
      t: i,
      start: key,
      end: key,
      partial: false,
      values: { tank: v },
      plotted: { tank: v },
      change: {},
      days: 1,
      perDay: false,
    };
  });
};

describe("deriveDecimatedRows", () => {
  it("leaves short series alone", () => {
    const rows = rowsOf([1, 2, 3]);
    expect(deriveDecimatedRows(rows, ["tank"], new Set(), 600)).toBe(rows);
  });

  it("keeps far fewer rows on a long series but every spike, dip and the ends", () => {
    const values = Array.from({ length: 1600 }, (_, i) => 10 + (i % 3));
    values[777] = 500; // spike
    values[1234] = -20; // negative correction
    const rows = rowsOf(values);
    const out = deriveDecimatedRows(rows, ["tank"], new Set(), 100);
    expect(out.length).toBeLessThanOrEqual(102);
    const kept = out.map((r) => r.plotted.tank);
    expect(kept).toContain(500);
    expect(kept).toContain(-20);
    expect(out[0]).toBe(rows[0]);
    expect(out[out.length - 1]).toBe(rows[1599]);
  });

  it("always keeps rows asked for (events, corrections) and rows around gaps", () => {
    const values: (number | null)[] = Array.from({ length: 1000 }, () => 5);
    values[500] = null;
    const rows = rowsOf(values);
    const wanted = rows[321]?.key as string;
    const out = deriveDecimatedRows(rows, ["tank"], new Set([wanted]), 100);
    expect(out.map((r) => r.key)).toContain(wanted);
    expect(out.map((r) => r.key)).toContain(rows[500]?.key);
  });
});
