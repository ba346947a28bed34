import { describe, expect, it } from "vitest";
import { mapChunkSchema } from "./map";

/** A made-up chunk: two days, one square shape and one empty day. */
const chunk = () => ({
  schemaVersion: 1,
  source: "deepstate",
  origin: "deepstate-history",
  from: "2023-01-01",
  to: "2023-01-02",
  dates: ["2023-01-01", "2023-01-02"],
  state: [0, 1],
  topology: {
    type: "Topology",
    transform: { scale: [0.001, 0.001], translate: [30, 48] },
    arcs: [
      [
        [0, 0],
        [1000, 0],
        [0, 1000],
        [-1000, 0],
        [0, -1000],
      ],
    ],
    objects: {
      occupied: {
        type: "GeometryCollection",
        geometries: [{ type: "Polygon", arcs: [[0]] }, { type: null }],
      },
    },
  },
});

describe("mapChunkSchema", () => {
  it("accepts a chunk as the pipeline writes it", () => {
    expect(mapChunkSchema.parse(chunk())).toEqual(chunk());
  });

  it.each([
    [
      "a position that is not a number pair",
      (c: ReturnType<typeof chunk>) => (c.topology.arcs[0]![2] = ["x", 1] as never),
    ],
    ["a position with one number", (c: ReturnType<typeof chunk>) => (c.topology.arcs[0]![2] = [1] as never)],
    ["an arc that is not a list", (c: ReturnType<typeof chunk>) => (c.topology.arcs[0] = 7 as never)],
    [
      "a geometry of another type",
      (c: ReturnType<typeof chunk>) =>
        (c.topology.objects.occupied.geometries[0] = { type: "LineString", arcs: [0] } as never),
    ],
    ["a position with one number", (c: ReturnType<typeof chunk>) => (c.topology.arcs[0]![2] = [1] as never)],
    ["an arc that is not a list", (c: ReturnType<typeof chunk>) => (c.topology.arcs[0] = 7 as never)],
    [
      "a geometry of another type",
      (c: ReturnType<typeof chunk>) =>
        (c.topology.objects.occupied.geometries[0] = { type: "LineString", arcs: [0] } as never),
    ],
    [
      "a fractional arc index",
      (c: ReturnType<typeof chunk>) =>
        (c.topology.objects.occupied.geometries[0] = { type: "Polygon", arcs: [[0.5]] }),
    ],
    ["a state beyond the geometries", (c: ReturnType<typeof chunk>) => (c.state[1] = 5)],
    ["a missing state", (c: ReturnType<typeof chunk>) => c.state.pop()],
  ])("rejects %s", (_, breakIt) => {
    const c = chunk();
    breakIt(c);
    expect(mapChunkSchema.safeParse(c).success).toBe(false);
  });
});
