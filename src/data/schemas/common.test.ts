import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { describeIssues } from "../queries/fetch-json";
import {
  booleanSeriesSchema,
  isoDateSeriesSchema,
  km2SeriesSchema,
  nullableCountSeriesSchema,
  nullableKm2SeriesSchema,
} from "./common";

const file = z.object({ dates: isoDateSeriesSchema, tank: nullableCountSeriesSchema });
const problem = (input: unknown) => {
  const r = z.safeParse(file, input);
  return r.success ? "" : describeIssues(r.error.issues);
};

describe("series schemas", () => {
  it("accept days and counts with gaps", () => {
    expect(problem({ dates: ["2023-01-01", "2023-01-02"], tank: [3, null] })).toBe("");
  });

  it("name the first bad item by its index and say what it holds", () => {
    expect(problem({ dates: ["2023-01-01", "2023-01-02"], tank: [3, "4"] })).toContain(
      'tank[1]: expected an integer or null, received "4"',
    );
    expect(problem({ dates: ["2023-01-01"], tank: [2.5] })).toContain("tank[0]: expected an integer or null");
    expect(problem({ dates: ["2023-1-1"], tank: [1] })).toContain(
      'dates[0]: expected a date as YYYY-MM-DD, received "2023-1-1"',
    );
  });

  it("reject what is not an array", () => {
    expect(problem({ dates: "2023-01-01", tank: [] })).toContain("dates: expected an array, received string");
  });

  it("check areas: km² are 0 or more, null only where allowed, flags are booleans", () => {
    const area = z.object({ a: km2SeriesSchema, b: nullableKm2SeriesSchema, c: booleanSeriesSchema });
    const issue = (input: unknown) => {
      const r = z.safeParse(area, input);
      return r.success ? "" : describeIssues(r.error.issues);
    };
    expect(issue({ a: [0, 1.5], b: [null, 2], c: [true, false] })).toBe("");
    expect(issue({ a: [1, -2], b: [], c: [] })).toContain(
      "a[1]: expected a number of km² (0 or more), received number",
    );
    expect(issue({ a: [null], b: [], c: [] })).toContain(
      "a[0]: expected a number of km² (0 or more), received null",
    );
    expect(issue({ a: [], b: [Infinity], c: [] })).toContain(
      "b[0]: expected a number of km² (0 or more) or null",
    );
    expect(issue({ a: [], b: [], c: [1] })).toContain("c[0]: expected true or false, received number");
  });
});
