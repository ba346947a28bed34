import { deriveLinePath } from "./derive-line-path";

describe("deriveLinePath", () => {
  it.each([
    [
      "joins the points with straight segments",
      [0, 5.5, 10],
      [10, 4.25, 0],
      "M0.00,10.00L5.50,4.25L10.00,0.00",
    ],
    [
      "breaks the line where a value is missing, never bridging the gap",
      [0, 1, 2, 3, 4],
      [1, 2, NaN, 3, 4],
      "M0.00,1.00L1.00,2.00M3.00,3.00L4.00,4.00",
    ],
    [
      "keeps a lone point between gaps as a closed subpath",
      [0, 1, 2, 3],
      [NaN, 2, NaN, 3],
      "M1.00,2.00ZM3.00,3.00Z",
    ],
    ["rounds to hundredths of a pixel", [1 / 3, 10.004], [2 / 3, 9.996], "M0.33,0.67L10.00,10.00"],
    ["draws nothing without points", [], [], ""],
    ["draws nothing when every point is missing", [0, NaN], [NaN, 1], ""],
  ])("%s", (_, xs, ys, path) => {
    expect(deriveLinePath(xs, ys)).toBe(path);
  });
});
