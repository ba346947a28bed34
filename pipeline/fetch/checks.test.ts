import { describe, expect, it } from "vitest";
import { checkCumulativeJson, checkDeepstateOccupied, checkNzz, checkOryxDailyCsv } from "./checks";
import { deepstateJson, gsJson, nzzJson, oryxCsv } from "./fixtures";

describe("checkCumulativeJson", () => {
  it("accepts a longer file that ends later", () => {
    expect(
      checkCumulativeJson(
        gsJson("2026-03-01", "2026-03-03"),
        gsJson("2026-03-01", "2026-03-02"),
        "2026-03-03",
      ),
    ).toBeNull();
  });

  it("rejects dates out of order, an invalid date and a date after today", () => {
    const swapped = JSON.stringify([{ date: "2026-03-02" }, { date: "2026-03-01" }]);
    expect(checkCumulativeJson(swapped, null, "2026-03-03")).toBe(
      "dates are not in ascending order (record 2, 2026-03-01, follows 2026-03-02)",
    );
    expect(checkCumulativeJson(JSON.stringify([{ date: "2026-02-30" }]), null, "2026-03-03")).toBe(
      'record 1 has no valid "date" (got "2026-02-30")',
    );
    expect(checkCumulativeJson(gsJson("2026-03-01", "2026-03-04"), null, "2026-03-03")).toBe(
      "its last date 2026-03-04 is after today (2026-03-03)",
    );
  });
});

describe("checkOryxDailyCsv", () => {
  it("accepts a day's file, a newline inside a quoted name included", () => {
    expect(checkOryxDailyCsv(oryxCsv("2026-03-01"), "2026-03-01")).toBeNull();
  });

  it("rejects rows dated another day and a count that is not a whole number", () => {
    expect(checkOryxDailyCsv(oryxCsv("2026-03-01"), "2026-03-02")).toBe(
      'line 2 is dated "2026-03-01", not 2026-03-02',
    );
    expect(checkOryxDailyCsv(oryxCsv("2026-03-01").replace(",27,1,2,3,", ",27,1,x,3,"), "2026-03-01")).toBe(
      'line 2: captured is not a whole number ("x")',
    );
  });
});

describe("territory files", () => {
  it("rejects an NZZ feature dated after the file's day and of an unknown type", () => {
    expect(checkNzz(JSON.parse(nzzJson("2026-03-02", 36, "2026-03-01")), "2026-03-02")).toBeNull();
    expect(checkNzz(JSON.parse(nzzJson("2026-03-02", 36, "2026-03-03")), "2026-03-02")).toBe(
      "feature 1 is dated 2026-03-03, after the file's day 2026-03-02",
    );
    expect(checkNzz(JSON.parse(nzzJson("2026-03-02").replace('"nochange"', '"held"')), "2026-03-02")).toBe(
      'feature 1 has type "held", not nochange/gains/losses',
    );
  });

  it("rejects a DeepState file named for another day", () => {
    expect(checkDeepstateOccupied(JSON.parse(deepstateJson("2026-03-01")), "2026-03-01")).toBeNull();
    expect(checkDeepstateOccupied(JSON.parse(deepstateJson("2026-03-01")), "2026-03-02")).toBe(
      'is named "deepstatemap_data_20260301", not the file\'s day 20260302',
    );
  });
});
