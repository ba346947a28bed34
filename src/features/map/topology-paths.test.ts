import { describe, expect, it } from "vitest";
import type { MapChunk } from "../../data/schemas/map";
import { shapeOf } from "./chunks";
import type { MultiPolygon } from "./geo-types";
import { makeProjection, pathOf } from "./projection";
import { topologyPath } from "./topology-paths";

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
