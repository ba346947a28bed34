import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "./derive-labels";

const metrics = { charWidth: 10, height: 10, gap: 0 };
const at = (id: string, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  x,
  y,
  text: "abcd",
  priority,
});

describe("placeLabels", () => {
  it("keeps the higher-priority label where two collide", () => {
    const placed = placeLabels([at("village", 100, 100, 5), at("capital", 110, 104, 0)], 500, 500, metrics);
    expect(placed.map((p) => p.id)).toEqual(["capital"]);
  });

  it("places both once zooming in has spread them apart", () => {
    // The same two places at 4× zoom: 40 px apart horizontally, 16 px vertically.
    const placed = placeLabels([at("village", 400, 400, 5), at("capital", 440, 416, 0)], 1000, 1000, metrics);
    expect(placed.map((p) => p.id).sort()).toEqual(["capital", "village"]);
  });

  it("drops labels that would run off the map", () => {
    expect(placeLabels([at("edge", 480, 100, 0)], 500, 500, metrics)).toEqual([]);
    expect(placeLabels([at("inside", 400, 100, 0)], 500, 500, metrics)).toHaveLength(1);
  });

  it("gives each label a box to the right of its dot", () => {
    const [p] = placeLabels([at("a", 100, 100, 0)], 500, 500, metrics);
    expect(p?.box).toEqual([97, 95, 140, 105]);
  });
});
