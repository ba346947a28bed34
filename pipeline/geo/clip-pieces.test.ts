import { multiPolygonAreaKm2 } from "./area";
import { clipPiecesToBoundary } from "./clip-pieces";
import type { MultiPolygon, Polygon } from "./polygons";
import { intersectionOf } from "./polygons";
import { rect } from "../steps/territory/fixtures";

// A made-up "country": a 4°×3° block with a lake (hole), plus an island off its east coast.
const lake = rect([33, 47, 33.5, 47.5])[0]!;
const boundary: MultiPolygon = [
  [rect([30, 45, 34, 48])[0]!, [...lake].reverse()],
  rect([35, 46, 35.6, 46.6]),
];

const pieces: Polygon[] = [
  rect([31, 46, 31.2, 46.2]), // inland
  rect([33.1, 47.1, 33.2, 47.2]), // in the lake: outside
  rect([36, 44, 36.3, 44.3]), // at sea: outside
  rect([35.2, 46.2, 35.3, 46.3]), // on the island
  rect([33.9, 46, 34.3, 46.3]), // across the east coast
  rect([32.9, 47.2, 33.1, 47.3]), // across the lake shore
  rect([35.5, 46.5, 35.8, 46.8]), // across the island's corner
];

describe("clipPiecesToBoundary", () => {
  it("keeps the pieces inside, drops those outside (lake, sea) and cuts those across a shore, as a full clip does", () => {
    const byPieces = clipPiecesToBoundary(pieces, boundary);
    const full = intersectionOf(pieces, boundary);
    expect(multiPolygonAreaKm2(byPieces)).toBeCloseTo(multiPolygonAreaKm2(full), 6);
    // Piece by piece: inland and island pieces whole, the lake and sea pieces gone.
    const areaOf = (p: Polygon) => multiPolygonAreaKm2(clipPiecesToBoundary([p], boundary));
    expect(areaOf(pieces[0]!)).toBeCloseTo(multiPolygonAreaKm2([pieces[0]!]), 6);
    expect(areaOf(pieces[1]!)).toBe(0);
    expect(areaOf(pieces[2]!)).toBe(0);
    expect(areaOf(pieces[3]!)).toBeCloseTo(multiPolygonAreaKm2([pieces[3]!]), 6);
    for (const p of pieces.slice(4)) {
      expect(areaOf(p)).toBeGreaterThan(0);
      expect(areaOf(p)).toBeLessThan(multiPolygonAreaKm2([p]));
    }
  });
});
