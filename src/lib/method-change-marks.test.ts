import type { IsoDate } from "../data/schemas/common";
import type { MethodChange } from "../data/schemas/method-changes";
import { deriveMethodChangeMarks } from "./method-change-marks";

const d = (s: string) => s as IsoDate;
const change = (over: Partial<MethodChange>): MethodChange => ({
  id: "nzz-2024-01-10-x",
  source: "nzz",
  from: d("2024-01-10"),
  kind: "definition",
  handlingKind: "marked",
  label: "Redraw",
  what: "",
  handling: "",
  citation: { name: "x", url: "https://example.org" },
  ...over,
});

describe("deriveMethodChangeMarks", () => {
  const range = { from: d("2024-01-05"), to: d("2024-01-20") };

  it("keeps the changes of the chart's sources inside the range, both ends included", () => {
    const marks = deriveMethodChangeMarks(
      [
        change({ id: "nzz-2024-01-20-end", from: d("2024-01-20") }),
        change({ id: "nzz-2024-01-05-start", from: d("2024-01-05") }),
        change({ id: "nzz-2024-01-21-after", from: d("2024-01-21") }),
        change({ id: "oryx-2024-01-10-other", source: "oryx" }),
      ],
      { sources: ["nzz"] },
      range,
    );
    expect(marks.map((m) => [m.id, m.day])).toEqual([
      ["nzz-2024-01-05-start", "2024-01-05"],
      ["nzz-2024-01-20-end", "2024-01-20"],
    ]);
  });

  it("clips a glitch of several days to the range", () => {
    const [mark] = deriveMethodChangeMarks(
      [change({ id: "nzz-2024-01-03-glitch", from: d("2024-01-03"), to: d("2024-01-06") })],
      { sources: ["nzz"] },
      range,
    );
    expect([mark?.day, mark?.lastDay]).toEqual(["2024-01-05", "2024-01-06"]);
  });

  it("marks a change of one series only on charts that draw it", () => {
    const robots = change({
      id: "generalstaff-2024-01-10-robots",
      source: "generalStaff",
      keys: ["groundRobot"],
    });
    expect(deriveMethodChangeMarks([robots], { sources: ["generalStaff"], keys: ["tank"] }, range)).toEqual(
      [],
    );
    expect(
      deriveMethodChangeMarks([robots], { sources: ["generalStaff"], keys: ["tank", "groundRobot"] }, range),
    ).toHaveLength(1);
  });
});
