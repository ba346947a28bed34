import fc from "fast-check";
import { multiPolygonAreaKm2 } from "./area";
import type { BBox, MultiPolygon, Ring } from "./polygons";
import { changedEdgesBox, windowedXor } from "./windowed-xor";
import { unionOf, xorOf } from "./polygons";
import { rect, rectKm2 } from "../steps/territory/fixtures";

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

  it("finds the same changed box as keying every edge by its text, on shapes that share and repeat edges", () => {
    // The plain method the sorted one replaced: a text key per direction-free edge, toggled, then
    // the box of the keys left; coordinates on a coarse grid so that edges coincide often.
    const byText = (a: MultiPolygon, b: MultiPolygon): BBox | null => {
      const keys = new Set<string>();
      for (const ring of [...a, ...b].flat())
        for (let i = 1; i < ring.length; i++) {
          const [p, q] = [ring[i - 1]!, ring[i]!].sort((u, v) => u[0] - v[0] || u[1] - v[1]);
          const key = `${p![0]},${p![1]},${q![0]},${q![1]}`;
          if (keys.has(key)) keys.delete(key);
          else keys.add(key);
        }
      if (keys.size === 0) return null;
      const xs = [...keys].flatMap((k) => k.split(",").map(Number));
      const at = (c: number) => xs.filter((_, i) => i % 2 === c);
      return [Math.min(...at(0)), Math.min(...at(1)), Math.max(...at(0)), Math.max(...at(1))];
    };
    const point = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }));
    const ring = fc.array(point, { minLength: 3, maxLength: 6 }).map((ps): Ring => [...ps, ps[0]!]);
    const shape = fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { maxLength: 3 });
    // An edge found three times is still changed (odd), one found twice is not.
    const square = rect([0, 0, 1, 1]);
    expect(changedEdgesBox([square, square, square], [])).toEqual([0, 0, 1, 1]);
    expect(changedEdgesBox([square, square], [])).toBeNull();
    fc.assert(
      fc.property(shape, shape, fc.boolean(), (a, b, share) => {
        // Rings found in both shapes are dropped before the edges are looked at.
        const b2 = share ? [...b, ...a.slice(0, 1)] : b;
        const a2 = share ? [...a, ...a.slice(0, 1)] : a;
        expect(changedEdgesBox(a2, b2)).toEqual(byText(a2, b2));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
