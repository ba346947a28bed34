import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { describeIssues } from "../queries/fetch-json";
import { isoDateSeriesSchema, nullableCountSeriesSchema } from "./common";

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
});
