import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { latestStatementText } from "./derive-latest-statement";

const d = (s: string) => s as IsoDate;
const last = d("2024-03-10");

describe("latestStatementText", () => {
  it("says the range runs past the last statement", () => {
    expect(latestStatementText(last, { from: d("2024-01-01"), to: d("2024-04-01") }, false)).toBe(
      "Latest statement: 10 Mar 2024 — the range runs to 1 Apr 2024; losses figures stop there.",
    );
  });
  it("says the statement is the range's last day, not after it", () => {
    expect(latestStatementText(last, { from: d("2024-01-01"), to: last }, false)).toBe(
      "Latest statement: 10 Mar 2024 — the range's last day.",
    );
  });
  it("says the statement comes after a range that ends before it", () => {
    expect(latestStatementText(last, { from: d("2024-01-01"), to: d("2024-02-29") }, false)).toBe(
      "Latest statement: 10 Mar 2024 — after this range, which ends on 29 Feb 2024.",
    );
  });
  it("says there is none in a range after it", () => {
    expect(latestStatementText(last, { from: d("2024-04-01"), to: d("2024-04-07") }, true)).toBe(
      "Latest statement: 10 Mar 2024 — none in 1 – 7 Apr 2024: the General Staff's data in this dataset ends there. ",
    );
  });
});
