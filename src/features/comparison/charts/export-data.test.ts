import type { IsoDate } from "../../../data/schemas/common";
import { seriesExportData } from "./export-data";

describe("seriesExportData", () => {
  it("lists each row's date and the series' values in legend order, gaps left empty", () => {
    const range = { from: "2023-07-01" as IsoDate, to: "2023-07-09" as IsoDate };
    const data = seriesExportData(
      "claimed-vs-confirmed-tank",
      [
        { date: "2023-07-01" as IsoDate, claimed: 12, confirmed: 5 },
        { date: "2023-07-08" as IsoDate, claimed: 15, confirmed: null },
      ],
      [
        { key: "claimed", label: "Claimed" },
        { key: "confirmed", label: "Confirmed" },
      ],
      range,
      "tanks",
    );
    expect(data.columns).toEqual(["date", "Claimed (tanks)", "Confirmed (tanks)"]);
    expect(data.rows).toEqual([
      ["2023-07-01", 12, 5],
      ["2023-07-08", 15, null],
    ]);
    expect(data.range).toEqual(range);
  });

  it("adds a notes column with each day's note, empty on other days", () => {
    const range = { from: "2026-05-01" as IsoDate, to: "2026-05-09" as IsoDate };
    const data = seriesExportData(
      "x",
      [
        { date: "2026-05-03" as IsoDate, russia: 20 },
        { date: "2026-05-04" as IsoDate, russia: 21 },
      ],
      [{ key: "russia", label: "Russia" }],
      range,
      undefined,
      { label: "Oryx change of method", byDate: new Map([["2026-05-04", "Oryx drops a type"]]) },
    );
    expect(data.columns).toEqual(["date", "Russia", "Oryx change of method"]);
    expect(data.rows).toEqual([
      ["2026-05-03", 20, null],
      ["2026-05-04", 21, "Oryx drops a type"],
    ]);
  });
});
