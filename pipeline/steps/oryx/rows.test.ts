import { RawDataError } from "../../types";
import { ORYX_HEADER } from "../../fixtures/raw-dir";
import { parseOryxHistory } from "../../sources/oryx";
import { classifyRows, rejectBrokenRows, rejectDuplicates } from "./rows";

const rows = (...lines: string[]) => parseOryxHistory("history.csv", [ORYX_HEADER, ...lines].join("\n"));

/** One row per day for a type, with the given totals (all counted as destroyed). */
function series(name: string, totals: number[], country = "Russia"): string[] {
  return totals.map(
    (t, i) => `2023-01-${String(i + 1).padStart(2, "0")}T11:35:00Z,${country},"${name}",${t},0,0,0,${t}`,
  );
}

describe("classifyRows", () => {
  it("maps drifting names (renames, stray newline, case) to one stable key", () => {
    const { typed } = classifyRows(
      "h.csv",
      rows(
        "2023-01-01T11:35:00Z,Russia,Naval Ships,1,0,0,0,1",
        "2023-01-02T11:35:00Z,Russia,Naval Ships and Submarines,2,0,0,0,2",
        '2023-01-01T11:35:00Z,Ukraine,"Surface-To-Air Missile Systems\n",3,0,0,0,3',
        "2023-01-01T11:35:00Z,Ukraine,Anti-tank Guided Missiles,1,0,0,0,1",
      ),
    );
    expect(typed.map((r) => r.key)).toEqual(["ships", "ships", "sam", null]);
  });

  it("drops summary lines whose name embeds numbers", () => {
    const { typed, rejected } = classifyRows(
      "h.csv",
      rows(
        '2024-09-01T11:35:00Z,Russia,"Losses excluding Recon Drones and Trucks - 13640, of which: destroyed: 9785",9785,0,0,0,9785',
        "2024-09-01T11:35:00Z,Russia,Tanks,5,0,0,0,5",
      ),
    );
    expect(typed.map((r) => r.name)).toEqual(["Tanks"]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.kind).toBe("summary");
  });

  it("fails on an unknown type name, naming the file and line", () => {
    expect(() => classifyRows("h.csv", rows("2023-01-01T11:35:00Z,Russia,Laser Weapons,1,0,0,0,1"))).toThrow(
      new RawDataError(
        "h.csv",
        'line 2: unknown Oryx type "Laser Weapons" (map it in pipeline/sources/oryx.ts)',
      ),
    );
  });
});

describe("parseOryxHistory", () => {
  it("rejects a schema-drifted row: a count that is not a number", () => {
    expect(() => rows("2023-01-01T11:35:00Z,Russia,Tanks,ten,0,0,0,10")).toThrow(
      new RawDataError("history.csv", 'line 2: destroyed is not a non-negative integer (got "ten")'),
    );
  });
});

describe("rejectBrokenRows", () => {
  const clean = (...lines: string[]) => rejectBrokenRows(classifyRows("h.csv", rows(...lines)).typed);

  it("rejects a glitch that contradicts the snapshots on both sides (a lost digit)", () => {
    const { kept, rejected } = clean(...series("Tanks", [300, 305, 310, 31, 315, 320, 322]));
    expect(rejected.map((r) => r.row.counts.total)).toEqual([31]);
    expect(rejected[0]?.reason).toMatch(/contradicts both sides/);
    expect(kept).toHaveLength(6);
  });

  it("rejects two consecutive glitched rows", () => {
    const { rejected } = clean(...series("Tanks", [170, 172, 174, 94, 94, 181, 182, 183]));
    expect(rejected.map((r) => r.row.snapshot.slice(0, 10))).toEqual(["2023-01-04", "2023-01-05"]);
  });

  it("keeps a genuine step (e.g. a type split) that agrees with the following snapshots", () => {
    const { rejected } = clean(...series("Unmanned Aerial Vehicles", [49, 50, 51, 34, 35, 36, 37]));
    expect(rejected).toEqual([]);
  });

  it("rejects an all-zero row after non-zero ones, keeps leading zeros", () => {
    const { rejected } = clean(...series("Helicopters", [0, 0, 3, 4, 0, 5]));
    expect(rejected.map((r) => r.reason)).toEqual(["all zeros while the previous snapshot had 4"]);
  });

  it("never sees a row whose statuses do not add up to its total: the reader stops at it", () => {
    expect(() => clean("2023-01-01T11:35:00Z,Russia,Tanks,10,1,1,1,20")).toThrow(
      new RawDataError(
        "history.csv",
        "line 2 (2023-01-01): destroyed + damaged + abandoned + captured = 13, not type_total 20",
      ),
    );
  });
});

describe("rejectDuplicates", () => {
  it("keeps the duplicate closest to the previous snapshot", () => {
    const typed = classifyRows(
      "h.csv",
      rows(
        "2022-05-28T11:35:00Z,Ukraine,Infantry Mobility Vehicles,96,0,0,0,96",
        "2022-05-29T11:35:00Z,Ukraine,Infantry Mobility Vehicles,100,0,0,0,100",
        "2022-05-29T11:35:00Z,Ukraine,Infantry Mobility Vehicles,2,0,0,0,2",
      ),
    ).typed;
    const { kept, rejected } = rejectDuplicates(typed);
    expect(kept.map((r) => r.counts.total)).toEqual([96, 100]);
    expect(rejected.map((r) => r.row.counts.total)).toEqual([2]);
  });
});
