import { multiPolygonAreaKm2 } from "./area";
import { changedEdgesBox, windowedXor } from "./windowed-xor";
import { unionOf, xorOf } from "./polygons";
import { rect, rectKm2 } from "../steps/territory-fixtures";

describe("windowed symmetric difference", () => {
  const front = unionOf([rect([30, 45, 36, 48]), rect([36, 46, 38, 47])]);

  it("finds the box of the edges that moved and measures the same change as a full xor", () => {
    const moved = unionOf([rect([30, 45, 36, 48]), rect([36, 46, 38.5, 47])]);
    // The edges along 46°N and 47°N grew, so the box starts where they start.
    expect(changedEdgesBox(front, moved)).toEqual([36, 46, 38.5, 47]);
    expect(multiPolygonAreaKm2(windowedXor(moved, front))).toBeCloseTo(rectKm2([38, 46, 38.5, 47]), -1);
    expect(multiPolygonAreaKm2(windowedXor(moved, front))).toBeCloseTo(
      multiPolygonAreaKm2(xorOf(moved, front)),
      3,
    );
  });

  it("ignores rings the two days share, wherever they are, and sees a ring that moved", () => {
    const island = rect([39, 49, 39.5, 49.5]);
    const moved = unionOf([rect([30, 45, 36, 48]), rect([36, 46, 38.5, 47])]);
    expect(changedEdgesBox([...front, island], [...moved, island])).toEqual([36, 46, 38.5, 47]);
    const shifted = rect([39, 49, 39.6, 49.5]); // its edges along 49°N and 49.5°N changed
    expect(changedEdgesBox([...front, island], [...front, shifted])).toEqual([39, 49, 39.6, 49.5]);
  });

  it("is empty for identical shapes and whole for a vanished part", () => {
    expect(windowedXor(front, front)).toEqual([]);
    const withIsland = [...front, ...rect([39, 49, 39.5, 49.5]).map((r) => [r])];
    expect(multiPolygonAreaKm2(windowedXor(withIsland, front))).toBeCloseTo(
      rectKm2([39, 49, 39.5, 49.5]),
      -1,
    );
  });

  it("sees through an edge shared by two adjacent parts (NZZ's nochange | gains)", () => {
    const before = [rect([30, 45, 36, 48]), rect([36, 45, 37, 48])]; // two parts sharing 36°E
    const after = [rect([30, 45, 36, 48])]; // the second part is lost
    expect(multiPolygonAreaKm2(windowedXor(after, before))).toBeCloseTo(rectKm2([36, 45, 37, 48]), -1);
  });
});
