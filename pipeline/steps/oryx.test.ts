import { ORYX_HEADER, ORYX_ROWS } from "../fixtures/raw-dir";
import { parseOryxHistory } from "../sources/oryx";
import { deriveOryx, innerGaps, lastSnapshotPerDay } from "./oryx";

const derive = (lines: string[]) =>
  deriveOryx("h.csv", parseOryxHistory("h.csv", [ORYX_HEADER, ...lines].join("\n")));

describe("lastSnapshotPerDay", () => {
  it("keeps the last snapshot of each UTC day", () => {
    const days = lastSnapshotPerDay(["2023-01-02T11:35:00Z", "2023-01-01T23:59:00Z", "2023-01-02T04:00:00Z"]);
    expect([...days]).toEqual([
      ["2023-01-01", "2023-01-01T23:59:00Z"],
      ["2023-01-02", "2023-01-02T11:35:00Z"],
    ]);
  });
});

describe("deriveOryx", () => {
  it("has one entry per day with a snapshot, using the day's last snapshot", () => {
    const d = derive(ORYX_ROWS);
    expect(d.dates).toEqual(["2023-01-01", "2023-01-02", "2023-01-03", "2023-01-04"]);
    expect(d.countries.russia.tanks.total).toEqual([14, 16, 17, 18]);
    expect(d.countries.russia.tanks.destroyed).toEqual([10, 12, 13, 14]);
    expect(d.countries.russia.allTypes.total).toEqual([38, 40, 41, 42]);
  });

  it("gives all-null series for types a country does not report", () => {
    const d = derive(ORYX_ROWS);
    expect(d.countries.ukraine.tanks.total).toEqual([null, null, null, null]);
    expect(d.countries.russia.ships.damaged).toEqual([null, null, null, null]);
  });

  it("sums reconnaissance and combat UAV rows into uavs, and towed + self-propelled AA guns", () => {
    const d = derive([
      "2023-01-01T11:35:00Z,Russia,Reconnaissance Unmanned Aerial Vehicles,5,0,3,0,8",
      "2023-01-01T11:35:00Z,Russia,Unmanned Combat Aerial Vehicles,1,0,0,1,2",
      "2023-01-01T11:35:00Z,Russia,Anti-Aircraft Guns,1,0,0,0,1",
      "2023-01-01T11:35:00Z,Russia,Self-Propelled Anti-Aircraft Guns,2,0,0,0,2",
    ]);
    expect(d.countries.russia.uavs.total).toEqual([10]);
    expect(d.countries.russia.uavs.captured).toEqual([3]);
    expect(d.countries.russia.antiAircraftGuns.total).toEqual([3]);
  });

  it("writes null for a day whose row was rejected as broken and reports it", () => {
    const totals = [300, 305, 310, 31, 315, 320, 322];
    const d = derive(totals.map((t, i) => `2023-01-0${i + 1}T11:35:00Z,Russia,Tanks,${t},0,0,0,${t}`));
    expect(d.countries.russia.tanks.total).toEqual([300, 305, 310, null, 315, 320, 322]);
    expect(d.nulledByRejection).toEqual(["2023-01-04 russia tanks"]);
  });
});

describe("innerGaps", () => {
  it("lists a day where a type is missing from the snapshot between reported days", () => {
    const d = derive([
      "2023-01-01T11:35:00Z,Russia,Tanks,1,0,0,0,1",
      "2023-01-02T11:35:00Z,Russia,Aircraft,1,0,0,0,1",
      "2023-01-03T11:35:00Z,Russia,Tanks,2,0,0,0,2",
    ]);
    expect(innerGaps(d)).toEqual(["2023-01-02 russia tanks"]);
  });
});
