import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BBox, Polygon } from "../../geo/polygons";
import { feature, featureCollection } from "../../geo/polygons";
import { carriedRuns, frontZone, runsOf, trackRuns } from "./place-history";
import { FIXTURE_BOUNDARY, makeTerritoryRaw, polygonGeometry, rect } from "./fixtures";
import { dayStatuses, isHeldCode } from "./layer-points";
import { POINT_STATUS, runTrackTask, type TrackTask } from "./track";

const { notHeld, held, heldBefore2022, liberated, contested } = POINT_STATUS;

/** A rectangle with a rectangular hole (the hole's ring runs clockwise). */
const withHole = (outer: BBox, hole: BBox): Polygon => [rect(outer)[0]!, [...rect(hole)[0]!].reverse()];

const NAMES: Record<string, string> = {
  "#a52714": "Occupied",
  "#880e4f": "ORDLO",
  "#0f9d58": "Liberated",
  "#bcaaa4": "Unknown",
};
const layer = (polygon: Polygon, fill: string) =>
  feature(polygonGeometry(polygon), { fill, name: NAMES[fill] });

/** A made-up snapshot day: its layers (since 2022, before 2022, and optionally liberated, contested). */
type Day = [string, Polygon[], Polygon[], Polygon[]?, Polygon[]?];

/** Runs one DeepState history chunk of made-up days and returns each day's point statuses. */
async function statusesOn(
  days: Day[],
  points: [number, number][],
  track: TrackTask["track"] = "deepstate-history",
) {
  const raw = makeTerritoryRaw();
  const snapshots = days.map(([date, since2022, before2022, freed = [], unknown = []]) => {
    const file = join(raw.dir, `territory/deepstate/${date}.geojson.gz`);
    raw.write(
      `territory/deepstate/${date}.geojson.gz`,
      featureCollection([
        ...since2022.map((p) => layer(p, "#a52714")),
        ...before2022.map((p) => layer(p, "#880e4f")),
        ...freed.map((p) => layer(p, "#0f9d58")),
        ...unknown.map((p) => layer(p, "#bcaaa4")),
      ]),
    );
    return { date, file };
  });
  const result = await runTrackTask({
    id: 0,
    track,
    snapshots,
    previous: null,
    withChanges: true,
    withMap: false,
    addPolygons: null,
    boundary: [rect(FIXTURE_BOUNDARY)],
    points: Float64Array.from(points.flat()),
  });
  return dayStatuses(result).map((status) => [...status]);
}

describe("place status per state (the workers' points stage)", () => {
  it("reads holes, both parts of a multipolygon and the before-2022 layer", async () => {
    const points: [number, number][] = [
      [36.2, 47.2], // inside the first part
      [36.5, 47.5], // in its hole
      [38.5, 48.5], // inside the second, before-2022 part
      [33, 46], // outside everything
    ];
    const [day] = await statusesOn(
      [["2023-01-01", [withHole([36, 47, 37, 48], [36.4, 47.4, 36.6, 47.6])], [rect([38, 48, 39, 49])]]],
      points,
    );
    expect(day).toEqual([held, notHeld, heldBefore2022, notHeld]);
  });

  it("counts a point on the west or south edge as held and on the east or north edge as not", async () => {
    const points: [number, number][] = [
      [36, 47.5], // west edge
      [37, 47.5], // east edge
      [36.5, 47], // south edge
      [36.5, 48], // north edge
    ];
    const [day] = await statusesOn([["2023-01-01", [rect([36, 47, 37, 48])], []]], points);
    expect(day).toEqual([held, notHeld, held, notHeld]);
  });

  it("follows a change: the points the front passes change, the others keep their status", async () => {
    const points: [number, number][] = [
      [36.5, 47.5], // held throughout
      [37.5, 47.5], // taken on day 2
      [39.5, 49.5], // far away, never held
    ];
    const days = await statusesOn(
      [
        ["2023-01-01", [rect([36, 47, 37, 48])], []],
        ["2023-01-02", [rect([36, 47, 37, 48])], []],
        ["2023-01-03", [rect([36, 47, 38, 48])], []],
        ["2023-01-04", [rect([36, 47, 36.9, 48])], []],
      ],
      points,
    );
    expect(days).toEqual([
      [held, notHeld, notHeld],
      [held, notHeld, notHeld],
      [held, held, notHeld],
      [held, notHeld, notHeld],
    ]);
  });
});

describe("DeepState's liberated and contested layers (history track only)", () => {
  it("marks a point not held but in a layer; held wins over both, contested over liberated", async () => {
    const points: [number, number][] = [
      [31.5, 46.5], // liberated only
      [33.5, 46.5], // contested only
      [32.9, 46.5], // liberated and contested
      [36.5, 47.5], // occupied and liberated
      [38.5, 48.5], // before 2022 and contested
      [39.5, 45.5], // in neither
    ];
    const [day] = await statusesOn(
      [
        [
          "2023-01-01",
          [rect([36, 47, 37, 48])],
          [rect([38, 48, 39, 49])],
          [rect([31, 46, 33, 47]), rect([36, 47, 37, 48])],
          [rect([32.8, 46, 34, 47]), rect([38, 48, 39, 49])],
        ],
      ],
      points,
    );
    expect(day).toEqual([liberated, contested, contested, held, heldBefore2022, notHeld]);
  });

  it("reads two overlapping liberated features as their union (not even–odd across them)", async () => {
    const [day] = await statusesOn(
      [["2023-01-01", [rect([36, 47, 37, 48])], [], [rect([31, 46, 33, 47]), rect([32, 46, 34, 47])]]],
      [[32.5, 46.5]],
    );
    expect(day).toEqual([liberated]);
  });

  it("clips the layers to the boundary as the occupied ones are: outside Ukraine is not liberated", async () => {
    // FIXTURE_BOUNDARY is 30–40°E, 45–50°N; this liberated rectangle reaches 1° past its west edge.
    const [day] = await statusesOn(
      [["2023-01-01", [rect([36, 47, 37, 48])], [], [rect([29, 46, 31, 47])]]],
      [
        [29.5, 46.5],
        [30.5, 46.5],
      ],
    );
    expect(day).toEqual([notHeld, liberated]);
  });

  it("follows a layer redrawn on a day the held shape stays the same, and a layer the front overruns", async () => {
    const occupied = [rect([36, 47, 37, 48])];
    const days = await statusesOn(
      [
        ["2023-01-01", occupied, [], [], [rect([37, 47, 38, 48])]],
        ["2023-01-02", occupied, [], [rect([37, 47, 38, 48])], []],
        ["2023-01-03", [rect([36, 47, 38, 48])], [], [rect([37, 47, 38, 48])], []],
      ],
      [[37.5, 47.5]],
    );
    expect(days).toEqual([[contested], [liberated], [held]]);
  });

  it("leaves the other tracks at held / not held (they draw no such layers)", async () => {
    const raw = makeTerritoryRaw();
    raw.write(
      "territory/deepstate-occupied/2024-08-01.geojson.gz",
      featureCollection([feature(polygonGeometry(rect([36, 47, 37, 48])))]),
    );
    const result = await runTrackTask({
      id: 0,
      track: "deepstate-occupied",
      snapshots: [
        { date: "2024-08-01", file: join(raw.dir, "territory/deepstate-occupied/2024-08-01.geojson.gz") },
      ],
      previous: null,
      withChanges: false,
      withMap: false,
      addPolygons: null,
      boundary: [rect(FIXTURE_BOUNDARY)],
      points: Float64Array.from([36.5, 47.5, 31.5, 46.5]),
    });
    expect(result.layerStatus).toBeNull();
    expect(dayStatuses(result).map((s) => [...s])).toEqual([[held, notHeld]]);
  });

  it("combines a day's held statuses with its layer codes, held first", () => {
    const status = (...s: number[]) => Uint8Array.from(s);
    const days = dayStatuses({
      days: [{ state: 0 }, { state: 0 }, { state: 1 }],
      pointStatus: [status(held, notHeld, notHeld), status(held, held, notHeld)],
      layerStatus: { byDay: [0, 1, 1], statuses: [status(0, liberated, 0), status(contested, contested, 0)] },
    });
    expect(days.map((s) => [...s])).toEqual([
      [held, liberated, notHeld],
      [held, contested, notHeld],
      [held, held, notHeld],
    ]);
  });

  it("counts only held codes as ever held (the front zone is not widened by the layers)", () => {
    expect([notHeld, held, heldBefore2022, liberated, contested].map(isHeldCode)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("runs of days", () => {
  it("keeps the day each status starts", () => {
    expect(runsOf([0, 0, 1, 1, 1, 0])).toEqual([0, 0, 2, 1, 5, 0]);
  });

  it("carries the last snapshot over a source's gap and lists the gap", () => {
    const status = (...s: number[]) => Uint8Array.from(s);
    const track = {
      track: "nzz" as const,
      end: "2023-01-10",
      days: [
        { date: "2023-01-01", status: status(0, 1) },
        { date: "2023-01-02", status: status(0, 1) },
        // 3–5 January: no snapshot (carried)
        { date: "2023-01-06", status: status(1, 1) },
        { date: "2023-01-08", status: status(1, 0) },
      ],
    };
    expect(trackRuns(track, 2)).toEqual([
      [0, 0, 5, 1],
      [0, 1, 7, 0],
    ]);
    expect(
      carriedRuns(
        track.days.map((d) => d.date),
        "2023-01-01",
        track.end,
      ),
    ).toEqual([
      [2, 4],
      [6, 6],
      [8, 9],
    ]);
  });
});

describe("front zone", () => {
  it("keeps held places, places within the distance of one, and the always-kept ones", () => {
    // 0.5° of latitude ≈ 55.6 km; 1° ≈ 111 km.
    const lonLat: [number, number][] = [
      [37, 48],
      [37, 48.5],
      [37, 49],
      [30, 50],
    ];
    expect(frontZone(lonLat, [true, false, false, false], 60, new Set([3]))).toEqual([0, 1, 3]);
  });
});
