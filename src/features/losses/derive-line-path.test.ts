import { deriveLinePath } from "./derive-line-path";

describe("deriveLinePath", () => {
  it("joins the points with straight segments", () => {
    expect(
      deriveLinePath([
        { x: 0, y: 10 },
        { x: 5.5, y: 4.25 },
        { x: 10, y: 0 },
      ]),
    ).toBe("M0.00,10.00L5.50,4.25L10.00,0.00");
  });

  it("breaks the line where a value is missing, never bridging the gap", () => {
    expect(
      deriveLinePath([
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: null },
        { x: 3, y: 3 },
        { x: 4, y: 4 },
      ]),
    ).toBe("M0.00,1.00L1.00,2.00M3.00,3.00L4.00,4.00");
  });

  it("keeps a lone point between gaps as a closed subpath, as Recharts' linear curve does", () => {
    expect(
      deriveLinePath([
        { x: 0, y: undefined },
        { x: 1, y: 2 },
        { x: 2, y: NaN },
        { x: 3, y: 3 },
      ]),
    ).toBe("M1.00,2.00ZM3.00,3.00Z");
  });

  it("rounds to hundredths of a pixel", () => {
    expect(
      deriveLinePath([
        { x: 1 / 3, y: 2 / 3 },
        { x: 10.004, y: 9.996 },
      ]),
    ).toBe("M0.33,0.67L10.00,10.00");
  });

  it("draws nothing without points", () => {
    expect(deriveLinePath([])).toBe("");
    expect(deriveLinePath([null, { x: 1, y: null }])).toBe("");
  });
});
