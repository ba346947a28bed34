import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { deriveSectorOccupiedExport, deriveSectorWeeklyExport } from "./derive-sector-export";

const range = { from: "2023-06-04" as IsoDate, to: "2023-06-12" as IsoDate };

describe("the sector charts' CSVs", () => {
  it("lists the held km² per day and source, a missing source left empty, the area in the name", () => {
    const data = deriveSectorOccupiedExport(
      [
        { date: "2023-06-04" as IsoDate, deepstate: 1200.4, nzz: null },
        { date: "2023-06-05" as IsoDate, deepstate: 1201.5, nzz: 1190.2 },
      ],
      "bakhmut",
      range,
    );
    expect(data.fileStem).toBe("russian-held-area-bakhmut-deepstate-nzz");
    expect(data.rows).toEqual([
      ["2023-06-04", 1200.4, null],
      ["2023-06-05", 1201.5, 1190.2],
    ]);
    expect(data.range).toEqual(range);
  });

  it("gives each side's weekly km² as positive figures rounded to 0.1 km²", () => {
    const data = deriveSectorWeeklyExport(
      [
        {
          week: range.from,
          to: "2023-06-04" as IsoDate,
          days: 1,
          partial: true,
          deepstateRu: 0.1 + 0.2,
          nzzRu: 3,
          deepstateUkr: -4.25,
          nzzUkr: null,
        },
        {
          week: "2023-06-05" as IsoDate,
          to: "2023-06-05" as IsoDate,
          days: 1,
          partial: true,
          deepstateRu: 0,
          nzzRu: 0,
          deepstateUkr: -0,
          nzzUkr: 0,
        },
      ],
      "all",
      range,
    );
    expect(data.fileStem).toBe("km2-taken-per-week-all-ukraine-deepstate-nzz");
    expect(data.columns).toHaveLength(7);
    expect(data.rows).toEqual([
      ["2023-06-04", "2023-06-04", 1, 0.3, 4.3, 3, null],
      ["2023-06-05", "2023-06-05", 1, 0, 0, 0, 0],
    ]);
  });
});
