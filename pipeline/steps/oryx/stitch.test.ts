import { parseOryxHistory } from "../../sources/oryx";
import { parseOryxDailyFile } from "../../sources/oryx-daily";
import { ORYX_DAILY_HEADER, ORYX_HEADER, oryxDailyRows } from "../../fixtures/raw-dir";
import { RawDataError } from "../../types";
import { stitchOryx } from "./stitch";

// Made-up counts: destroyed, abandoned, captured, damaged, total (the files' column order).
const history = parseOryxHistory(
  "h.csv",
  [
    ORYX_HEADER,
    "2023-01-01T11:35:00Z,Russia,Tanks,10,0,0,0,10",
    "2023-01-03T04:00:00Z,Russia,Tanks,11,0,0,0,11",
    "2023-01-03T11:35:00Z,Russia,Tanks,12,0,0,0,12",
  ].join("\n"),
);
const daily = (day: string, tanks: number) =>
  parseOryxDailyFile(
    `${day}.csv`,
    day,
    [
      ORYX_DAILY_HEADER,
      ...oryxDailyRows(day, [tanks, 0, 0, 0, tanks], [tanks, 0, 0, 0, tanks]).slice(1),
    ].join("\n"),
  );

describe("stitchOryx", () => {
  it("reads the history to its last day and the daily files after it", () => {
    const s = stitchOryx(history, [
      daily("2023-01-03", 12),
      daily("2023-01-04", 13),
      daily("2023-01-05", 14),
    ]);
    expect(s.dailyFrom).toBe("2023-01-04");
    expect(s.rows.map((r) => `${r.snapshot} ${r.counts.total}`)).toEqual([
      "2023-01-01T11:35:00Z 10",
      "2023-01-03T04:00:00Z 11",
      "2023-01-03T11:35:00Z 12",
      "2023-01-04 13",
      "2023-01-05 14",
    ]);
    expect(s.overlap).toEqual([{ day: "2023-01-03", historyFile: "h.csv", dailyFile: "2023-01-03.csv" }]);
  });

  it("compares a day with both against the history's last snapshot of that day", () => {
    // 2023-01-03 has two snapshots (11, then 12): the daily file must equal the later one.
    expect(() => stitchOryx(history, [daily("2023-01-03", 11)])).toThrow(
      /2023-01-03\.csv.*differs from h\.csv \(snapshot 2023-01-03T11:35:00Z\).*history destroyed 12.*daily file destroyed 11/,
    );
    expect(() => stitchOryx(history, [daily("2023-01-03", 11)])).toThrow(RawDataError);
  });

  it("fails when a day's files hold different rows, naming the row", () => {
    const extra = parseOryxDailyFile(
      "2023-01-03.csv",
      "2023-01-03",
      [ORYX_DAILY_HEADER, ...oryxDailyRows("2023-01-03", [12, 0, 0, 0, 12], [12, 0, 0, 0, 12])].join("\n"),
    );
    expect(() => stitchOryx(history, [extra])).toThrow(
      /russia "all types" is in the daily file but not in the history/,
    );
  });

  it("does not read a daily file inside the history's span on a day without a snapshot", () => {
    const s = stitchOryx(history, [daily("2023-01-02", 99), daily("2023-01-04", 13)]);
    expect(s.unused).toEqual(["2023-01-02"]);
    expect(s.rows.some((r) => r.counts.total === 99)).toBe(false);
  });
});

describe("parseOryxDailyFile", () => {
  it("reads a name with a newline inside its quotes and ignores the index and row_id columns", () => {
    const f = parseOryxDailyFile(
      "d.csv",
      "2025-01-02",
      [ORYX_DAILY_HEADER, '"7","Ukraine","Surface-To-Air Missile Systems\n",3,0,1,1,5,20,"2025-01-02"'].join(
        "\n",
      ),
    );
    expect(f.rows).toEqual([
      {
        file: "d.csv",
        line: 3,
        snapshot: "2025-01-02",
        country: "ukraine",
        name: "Surface-To-Air Missile Systems",
        counts: { destroyed: 3, abandoned: 0, captured: 1, damaged: 1, total: 5 },
      },
    ]);
  });

  it("fails on a row dated another day than its file", () => {
    expect(() =>
      parseOryxDailyFile(
        "d.csv",
        "2025-01-02",
        [ORYX_DAILY_HEADER, ...oryxDailyRows("2025-01-03", [1, 0, 0, 0, 1], [1, 0, 0, 0, 1])].join("\n"),
      ),
    ).toThrow(/line 2: Date "2025-01-03" is not the file's day 2025-01-02/);
  });

  it("fails on a header without the leading index column", () => {
    expect(() =>
      parseOryxDailyFile(
        "d.csv",
        "2025-01-02",
        ORYX_DAILY_HEADER.slice(3) + "\n" + '"Russia","Tanks",1,0,0,0,1,1,"2025-01-02"',
      ),
    ).toThrow(/expected the columns/);
  });
});
