import { areaInBoxKm2 } from "./box-area";
import { rect, rectKm2 } from "../steps/territory/fixtures";

describe("area inside a sector box", () => {
  it("counts only the part of a polygon inside the box", () => {
    const box: [number, number, number, number] = [37, 47, 38, 48];
    // Half of this rectangle lies in the box (37–38°E of 36–38°E, 47–48°N).
    expect(areaInBoxKm2([rect([36, 47, 38, 48])], box)).toBeCloseTo(rectKm2([37, 47, 38, 48]), -1);
  });

  it("is zero for a polygon outside the box and excludes a hole inside it", () => {
    expect(areaInBoxKm2([rect([30, 45, 31, 46])], [37, 47, 38, 48])).toBe(0);
    const withHole = [[rect([36, 46, 39, 49])[0]!, rect([37.2, 47.2, 37.4, 47.4])[0]!]];
    expect(areaInBoxKm2(withHole, [37, 47, 38, 48])).toBeCloseTo(
      rectKm2([37, 47, 38, 48]) - rectKm2([37.2, 47.2, 37.4, 47.4]),
      -1,
    );
  });
});
