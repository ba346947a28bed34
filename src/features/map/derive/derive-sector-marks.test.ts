import { iso } from "../../../data/test-builders";
import type { MethodChange } from "../../../data/schemas/method-changes";
import { deriveSectorMarks } from "./derive-sector-marks";

const change: MethodChange = {
  id: "nzz-2024-01-10-made-up",
  source: "nzz",
  from: iso("2024-01-10"),
  kind: "definition",
  handlingKind: "likeForLike",
  label: "NZZ drops made-up areas",
  what: "Made up.",
  handling: "x",
  citation: { name: "x", url: "https://example.org/" },
};

describe("sector chart marks", () => {
  const marks = deriveSectorMarks({
    changes: [change],
    redraws: [
      { date: iso("2024-01-11"), source: "deepstate", box: "bakhmut", km2: 300, otherKm2: 1 },
      { date: iso("2024-01-11"), source: "nzz", box: "donetsk", km2: 300, otherKm2: 1 },
    ],
    box: "bakhmut",
    range: { from: iso("2024-01-01"), to: iso("2024-01-20") },
    weeks: [iso("2024-01-01"), iso("2024-01-08"), iso("2024-01-15")],
  });

  it("marks the listed changes and the box's possible redraws on their days", () => {
    expect(marks.marks).toEqual([
      { date: "2024-01-10", label: "NZZ drops made-up areas" },
      { date: "2024-01-11", label: "DeepState: possible redraw" },
    ]);
    expect(marks.notesOn(iso("2024-01-10"))).toEqual(["NZZ drops made-up areas (a listed method change)"]);
  });

  it("marks the week that contains them once, naming both", () => {
    expect(marks.weekMarks.map((w) => [w.week, w.label])).toEqual([
      ["2024-01-08", "NZZ drops made-up areas; DeepState: possible redraw"],
    ]);
  });
});
