import { ORYX_HEADER, ORYX_ROWS } from "../../fixtures/raw-dir";
import { parseOryxHistory } from "../../sources/oryx";
import type { IsoDate } from "../../../src/data/schemas/common";
import type { MethodChange } from "../../../src/data/schemas/method-changes";
import { deriveOryx, innerGaps, lastSnapshotPerDay } from "./oryx";
import { allTypesDisagreements, measureOryxChanges } from "./measures";
import { ORYX_TYPE_LABELS } from "./mapping";

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

describe("deriveOryx like for like", () => {
  // Made-up lists: a reconnaissance UAV row dropped on the 3rd day, as Oryx did on 2026-05-04.
  const rows = [
    "2023-01-01T11:35:00Z,Russia,All Types,20,0,0,0,20",
    "2023-01-01T11:35:00Z,Russia,Tanks,12,0,0,0,12",
    "2023-01-01T11:35:00Z,Russia,Reconnaissance Unmanned Aerial Vehicles,6,0,0,0,6",
    "2023-01-01T11:35:00Z,Russia,Unmanned Combat Aerial Vehicles,2,0,0,0,2",
    "2023-01-02T11:35:00Z,Russia,All Types,21,0,0,0,21",
    "2023-01-02T11:35:00Z,Russia,Tanks,13,0,0,0,13",
    "2023-01-02T11:35:00Z,Russia,Reconnaissance Unmanned Aerial Vehicles,6,0,0,0,6",
    "2023-01-02T11:35:00Z,Russia,Unmanned Combat Aerial Vehicles,2,0,0,0,2",
    "2023-01-03T11:35:00Z,Russia,All Types,16,0,0,0,16",
    "2023-01-03T11:35:00Z,Russia,Tanks,14,0,0,0,14",
    "2023-01-03T11:35:00Z,Russia,Unmanned Combat Aerial Vehicles,2,0,0,0,2",
  ];
  const options = {
    leftOut: new Set(["reconnaissance unmanned aerial vehicles"]),
    asPublishedKeys: ["allTypes", "uavs"] as const,
  };
  const d = deriveOryx("h.csv", parseOryxHistory("h.csv", [ORYX_HEADER, ...rows].join("\n")), options);

  it("leaves the removed rows out of every day, so the removal is no fall", () => {
    expect(d.countries.russia.allTypes.total).toEqual([14, 15, 16]);
    expect(d.countries.russia.uavs.total).toEqual([2, 2, 2]);
  });

  it("keeps the series as published beside it, with the fall", () => {
    expect(d.asPublished.russia.allTypes?.total).toEqual([20, 21, 16]);
    expect(d.asPublished.russia.uavs?.total).toEqual([8, 8, 2]);
    expect(d.asPublished.russia.tanks).toBeUndefined();
  });

  it("from the daily files on, sums the type rows rather than reading a lagging 'All Types' row", () => {
    // On the 2nd day the "All Types" row still says 20 while its types moved on (12 → 13).
    const lagging = rows.map((r) =>
      r.replace(
        "2023-01-02T11:35:00Z,Russia,All Types,21,0,0,0,21",
        "2023-01-02T11:35:00Z,Russia,All Types,20,0,0,0,20",
      ),
    );
    const fromTypes = deriveOryx("h.csv", parseOryxHistory("h.csv", [ORYX_HEADER, ...lagging].join("\n")), {
      ...options,
      typeRowsFrom: "2023-01-02" as IsoDate,
    });
    // Day 1 (history): "All Types" 20 − 6 recon; days 2–3: tanks + combat UAVs.
    expect(fromTypes.countries.russia.allTypes.total).toEqual([14, 15, 16]);
    expect(fromTypes.asPublished.russia.allTypes?.total).toEqual([20, 20, 16]);
    expect(allTypesDisagreements(fromTypes.kept, "2023-01-02" as IsoDate)).toEqual([
      "2023-01-02 russia: All Types 20, type rows 21",
    ]);
  });

  it("makes the like-for-like total null on a day whose left-out row is broken", () => {
    const broken = [
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((day) => [
        `2023-01-0${day}T11:35:00Z,Russia,All Types,${100 + day},0,0,0,${100 + day}`,
        // The 4th day's reconnaissance count loses a digit: contradicted by both sides.
        `2023-01-0${day}T11:35:00Z,Russia,Reconnaissance Unmanned Aerial Vehicles,${day === 4 ? 5 : 50},0,0,0,${day === 4 ? 5 : 50}`,
      ]),
    ];
    const b = deriveOryx("h.csv", parseOryxHistory("h.csv", [ORYX_HEADER, ...broken].join("\n")), options);
    expect(b.countries.russia.allTypes.total).toEqual([51, 52, 53, null, 55, 56, 57]);
    expect(b.asPublished.russia.allTypes?.total).toEqual([101, 102, 103, 104, 105, 106, 107]);
  });

  it("measures a listed change as the values on the day before it and its first day", () => {
    const change: MethodChange = {
      id: "oryx-2023-01-03-recon-removed",
      source: "oryx",
      from: "2023-01-03" as IsoDate,
      kind: "removal",
      handlingKind: "likeForLike",
      label: "x",
      what: "x",
      handling: "x",
      keys: ["allTypes"],
      citation: { name: "x", url: "https://example.org" },
    };
    const labels = { ...ORYX_TYPE_LABELS, allTypes: "All" };
    expect(measureOryxChanges([change], d, labels, { allTypes: "Total" })).toEqual([
      {
        id: change.id,
        day: "2023-01-03",
        figures: [
          { label: "Russia, All, like for like, 2023-01-02", value: 15, unit: "items" },
          { label: "Russia, All, like for like, 2023-01-03", value: 16, unit: "items" },
          { label: "Russia, Total, as published, 2023-01-02", value: 21, unit: "items" },
          { label: "Russia, Total, as published, 2023-01-03", value: 16, unit: "items" },
        ],
      },
    ]);
  });
});
