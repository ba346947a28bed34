import { describe, expect, it } from "vitest";
import {
  AREA_FALL_BOUNDED,
  CHANGE_BOUNDED,
  checkAreaFalls,
  checkCounts,
  checkDailyChanges,
  checkDates,
  checkNotShrunk,
  COUNTS_SAFE,
  DATES_REAL,
  isCalendarDate,
  ledgerDays,
  NOT_SHRUNK,
  seriesExtent,
  todayUtc,
  totalFalls,
} from "./plausibility";

/** `n` consecutive days from 2023-01-01. */
const days = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));

describe("isCalendarDate", () => {
  it("accepts real days only", () => {
    expect(["2024-02-29", "2023-12-31", "2000-02-29"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(
      ["2023-02-29", "2023-02-30", "2023-13-45", "1900-02-29", "2023-1-05", "2023-01-00"].map(isCalendarDate),
    ).toEqual([false, false, false, false, false, false]);
  });

  it("reads today's UTC day", () => {
    expect(todayUtc(new Date("2024-03-01T23:59:59Z"))).toBe("2024-03-01");
  });
});

describe("checkDates", () => {
  it("names a day that does not exist, and the last day when it is after the build day", () => {
    expect(checkDates("dates", ["2023-02-27", "2023-02-28"], "2023-02-28")).toBeNull();
    expect(checkDates("dates", ["2023-02-28", "2023-02-30"], "2024-01-01")).toEqual({
      check: DATES_REAL,
      at: "dates[1] is 2023-02-30, not a calendar day",
    });
    expect(checkDates("x.dates", ["2023-01-01", "2023-01-02", "2099-01-01"], "2024-01-01")).toEqual({
      check: DATES_REAL,
      at: "x.dates runs to 2099-01-01 (x.dates[2]), after the build day 2024-01-01",
    });
  });
});

describe("checkCounts", () => {
  it("passes nulls and safe non-negative integers, names a negative or unsafe value and its day", () => {
    expect(checkCounts("tank", [0, null, 2 ** 53 - 1], days(3))).toBeNull();
    expect(checkCounts("tank", [-1, 2], days(2))).toEqual({
      check: COUNTS_SAFE,
      at: "tank[0] is -1 on 2023-01-01",
    });
    expect(checkCounts("tank", [1, 2 ** 53], days(2))?.at).toBe("tank[1] is 9007199254740992 on 2023-01-02");
  });
});

describe("totalFalls", () => {
  it("lists each fall between two reported days", () => {
    expect(totalFalls([5, 4, null, 3, 3, 1])).toEqual([
      { i: 1, from: 5, to: 4 },
      { i: 5, from: 3, to: 1 },
    ]);
  });
});

describe("checkDailyChanges", () => {
  // Eight days of +2, then the change under test on day 10 (2023-01-10).
  const steady = [0, 2, 4, 6, 8, 10, 12, 14, 16];

  it("allows up to 10 × the largest change before, rises and falls alike", () => {
    expect(checkDailyChanges("tank", days(10), [...steady, 36], new Set())).toBeNull();
    expect(checkDailyChanges("tank", days(10), [...steady, 37], new Set())).toEqual({
      check: CHANGE_BOUNDED,
      at: "tank goes from 16 to 37 (+21) on 2023-01-10, more than 10 × 2, the largest change before",
    });
    expect(checkDailyChanges("tank", days(10), [...steady, 1e15], new Set())?.at).toBe(
      "tank goes from 16 to 1000000000000000 (+999999999999984) on 2023-01-10, more than 10 × 2, the largest change before",
    );
    expect(checkDailyChanges("tank", days(10), [...steady.map((v) => v + 100), 1], new Set())?.at).toBe(
      "tank goes from 116 to 1 (-115) on 2023-01-10, more than 10 × 2, the largest change before",
    );
  });

  it("skips a day the ledger lists, the first days of a series, and nulls", () => {
    expect(checkDailyChanges("tank", days(10), [...steady, 1000], new Set(["2023-01-10"]))).toBeNull();
    // 7 changes of history are needed: a jump on the 7th is not judged yet, one on the 8th is.
    expect(checkDailyChanges("tank", days(8), [0, 1, 2, 3, 4, 5, 6, 100], new Set())).toBeNull();
    expect(checkDailyChanges("tank", days(9), [0, 1, 2, 3, 4, 5, 6, 7, 100], new Set())?.check).toBe(
      CHANGE_BOUNDED,
    );
    expect(checkDailyChanges("tank", days(11), [...steady, null, 30], new Set())).toBeNull();
  });

  it("lets a series that stood still move by a few items", () => {
    expect(checkDailyChanges("submarine", days(10), [0, 0, 0, 0, 0, 0, 0, 0, 0, 10], new Set())).toBeNull();
    expect(checkDailyChanges("submarine", days(10), [0, 0, 0, 0, 0, 0, 0, 0, 0, 11], new Set())?.at).toBe(
      "submarine goes from 0 to 11 (+11) on 2023-01-10, more than 10 × 1, the largest change before",
    );
  });
});

describe("ledgerDays", () => {
  const ledger = [
    { source: "nzz", from: "2023-12-09", to: "2023-12-11" },
    { source: "oryx", from: "2026-05-04", keys: ["uavs", "allTypes"] },
    { source: "oryx", from: "2025-07-19" },
  ];

  it("lists a change's first day, and a glitch's days through the day after it ends", () => {
    expect([...ledgerDays(ledger, "nzz")]).toEqual(["2023-12-09", "2023-12-10", "2023-12-11", "2023-12-12"]);
    expect([...ledgerDays(ledger, "oryx", "allTypes")]).toEqual(["2026-05-04", "2025-07-19"]);
    expect([...ledgerDays(ledger, "oryx", "tanks")]).toEqual(["2025-07-19"]);
  });
});

describe("checkAreaFalls", () => {
  it("names a day that loses more than 25 % of the area, unless listed", () => {
    expect(checkAreaFalls("nzz.occupiedKm2", days(3), [1000, 750, 800], new Set())).toBeNull();
    expect(checkAreaFalls("nzz.occupiedKm2", days(3), [1000, 749, 800], new Set())).toEqual({
      check: AREA_FALL_BOUNDED,
      at: "nzz.occupiedKm2 falls from 1000 to 749 km² (−25.1 %) on 2023-01-02",
    });
    expect(checkAreaFalls("nzz.occupiedKm2", days(3), [1000, 0, 800], new Set(["2023-01-02"]))).toBeNull();
  });
});

describe("checkNotShrunk", () => {
  it("wants as many days and a last day no earlier than the published series", () => {
    const published = seriesExtent(days(3), [1, 2, 3]);
    expect(checkNotShrunk("tank", published, seriesExtent(days(4), [1, 2, 3, 4]))).toBeNull();
    expect(checkNotShrunk("tank", published, seriesExtent(days(3), [1, 2, null]))).toEqual({
      check: NOT_SHRUNK,
      at: "tank ends on 2023-01-02, before the published 2023-01-03 (stale raw data? --allow-shrink accepts it)",
    });
    expect(checkNotShrunk("dates", seriesExtent(days(3)), { days: 2, last: "2023-01-03" })?.at).toBe(
      "dates has 2 days, fewer than the published 3 (stale raw data? --allow-shrink accepts it)",
    );
  });
});
