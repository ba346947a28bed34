import { describe, expect, it } from "vitest";
import type { MapChunk } from "../../../data/schemas/map";
import { shapeOf } from "../data/chunks";
import type { MultiPolygon } from "../../../lib/geometry";
import { makeProjection, pathOf, rewindForD3 } from "./projection";
import { topologyPath, topologyWindowPath } from "./topology-paths";
import { planeRings, windowRingsPath, type ViewWindow } from "./view-window";

// A made-up quantized topology (scale 0.01°): a square with a square hole sharing no arcs, and a
// second day whose shape reuses the first square's outer arc split in two, plus a reversed arc.
const topology = {
  type: "Topology",
  transform: { scale: [0.01, 0.01], translate: [30, 47] },
  arcs: [
    // 0: outer square, counter-clockwise (lon/lat), delta-encoded from (30, 47).
    [
      [0, 0],
      [200, 0],
      [0, 200],
      [-200, 0],
      [0, -200],
    ],
    // 1: hole, counter-clockwise too (the data's winding need not be right: paths rewind it).
    [
      [50, 50],
      [50, 0],
      [0, 50],
      [-50, 0],
      [0, -50],
    ],
    // 2 and 3: a second square, clockwise, in two arcs that meet at its corners.
    [
      [300, 0],
      [0, 100],
      [100, 0],
    ],
    [
      [400, 100],
      [0, -100],
      [-100, 0],
    ],
  ],
  objects: {
    occupied: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", arcs: [[0], [1]] },
        { type: "MultiPolygon", arcs: [[[0]], [[2, 3]]] },
        { type: "MultiPolygon", arcs: [[[~3, ~2]]] },
        { type: null },
      ],
    },
  },
} as unknown as MapChunk["topology"];

const ukraine: MultiPolygon = [
  [
    [
      [29, 46],
      [36, 46],
      [36, 51],
      [29, 51],
      [29, 46],
    ],
  ],
];

/** d3 ends a ring without repeating its first point; the arc paths repeat it before Z. */
const normalise = (d: string) =>
  d.replace(/L([-\d.]+,[-\d.]+)Z/g, (m, p: string, offset: number) => {
    const start = d.lastIndexOf("M", offset);
    return d.slice(start + 1, d.indexOf("L", start)) === p ? "Z" : m;
  });

describe("topologyPath", () => {
  const projection = makeProjection(600, 400, ukraine);
  it.each([0, 1, 2])("draws shape %i as d3 draws the decoded shape", (state) => {
    expect(normalise(topologyPath(projection, topology, state))).toBe(
      pathOf(projection, shapeOf(topology, state)),
    );
  });
  it("draws nothing for an empty day and returns the same string for the same shape", () => {
    expect(topologyPath(projection, topology, 3)).toBe("");
    expect(topologyPath(projection, topology, 1)).toBe(topologyPath(projection, topology, 1));
  });
});

/** Total signed area of path data made of "M…L…Z" rings (holes, wound the other way, subtract). */
const pathArea = (d: string) =>
  [...d.matchAll(/M([^Z]*)Z/g)].reduce((sum, [, body]) => {
    const p = body!.split("L").map((xy) => xy.split(",").map(Number) as [number, number]);
    let s = 0;
    for (let i = 0, j = p.length - 1; i < p.length; j = i++)
      s += (p[j]![0] - p[i]![0]) * (p[j]![1] + p[i]![1]);
    return sum + s / 2;
  }, 0);

describe("topologyWindowPath", () => {
  const projection = makeProjection(600, 400, ukraine);
  const everything: ViewWindow = { level: 9, tolerance: 1e-9, rect: [-1e4, -1e4, 1e4, 1e4], key: "all" };

  it.each([0, 1, 2])("draws shape %i as topologyPath when the window holds all of it", (state) => {
    expect(topologyWindowPath(projection, topology, state, everything)).toBe(
      topologyPath(projection, topology, state),
    );
  });

  it("cuts a shape to the window: the area drawn is the part inside", () => {
    const whole = topologyPath(projection, topology, 0);
    // The square with its hole, projected: cut down the middle of its bounding box.
    const xs = [...whole.matchAll(/[ML]([-\d.]+),/g)].map((m) => Number(m[1]));
    const ys = [...whole.matchAll(/,([-\d.]+)/g)].map((m) => Number(m[1]));
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const mid = (x0 + x1) / 2;
    const left: ViewWindow = { level: 9, tolerance: 1e-9, rect: [x0 - 50, -1e4, mid, 1e4], key: "left" };
    const right: ViewWindow = { ...left, rect: [mid, -1e4, x1 + 50, 1e4], key: "right" };
    const l = pathArea(topologyWindowPath(projection, topology, 0, left));
    const r = pathArea(topologyWindowPath(projection, topology, 0, right));
    expect(Math.abs(l)).toBeGreaterThan(0);
    expect(l + r).toBeCloseTo(pathArea(whole), 0);
    expect(Math.min(...ys)).toBeLessThan(Math.max(...ys));
    // Far from the shape, nothing is drawn.
    const far: ViewWindow = { ...left, rect: [x1 + 100, -1e4, x1 + 200, 1e4], key: "far" };
    expect(topologyWindowPath(projection, topology, 0, far)).toBe("");
  });

  it("simplifies for the window's detail level, keeping each arc's ends", () => {
    const coarse: ViewWindow = { ...everything, level: 0, tolerance: 1000, key: "coarse" };
    const d = topologyWindowPath(projection, topology, 2, coarse);
    const full = topologyPath(projection, topology, 2);
    // The square drawn from two arcs keeps only the two corners where they meet.
    expect(d.split("L")).toHaveLength(3);
    expect(full.split("L")).toHaveLength(5);
    expect(d.slice(0, d.indexOf("L"))).toBe(full.slice(0, full.indexOf("L")));
  });
});

describe("windowRingsPath (the basemap)", () => {
  const projection = makeProjection(600, 400, ukraine);
  const everything: ViewWindow = { level: 9, tolerance: 1e-9, rect: [-1e4, -1e4, 1e4, 1e4], key: "all" };
  const withHole = shapeOf(topology, 0);

  it("draws a multipolygon as d3 draws it when the window holds all of it", () => {
    const rings = planeRings(projection, rewindForD3(withHole).flat());
    expect(windowRingsPath(rings, everything)).toBe(pathOf(projection, withHole));
  });

  it("leaves out what lies outside the window", () => {
    const rings = planeRings(projection, rewindForD3(withHole).flat());
    const far: ViewWindow = { ...everything, rect: [2e4, 2e4, 3e4, 3e4], key: "far" };
    expect(windowRingsPath(rings, far)).toBe("");
  });
});
