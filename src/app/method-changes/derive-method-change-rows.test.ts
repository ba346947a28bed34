import type { IsoDate } from "../../data/schemas/common";
import type { MethodChange } from "../../data/schemas/method-changes";
import { deriveMethodChangeRows } from "./derive-method-change-rows";

const d = (s: string) => s as IsoDate;
const change: MethodChange = {
  id: "nzz-2024-01-10-redraw",
  source: "nzz",
  from: d("2024-01-10"),
  kind: "definition",
  handlingKind: "likeForLike",
  label: "NZZ redraws",
  what: "The shape was redrawn.",
  handling: "Measured like for like.",
  citation: { name: "Example", url: "https://example.org" },
};

describe("deriveMethodChangeRows", () => {
  it("joins each change with the figures the pipeline measured for it", () => {
    const [row] = deriveMethodChangeRows(
      [change],
      [
        {
          id: "nzz-2024-01-10-redraw",
          day: d("2024-01-11"),
          figures: [
            { label: "Held area dropped", value: 1234.56, unit: "km2" },
            { label: "Features", value: 2500, unit: "items" },
          ],
        },
      ],
    );
    expect(row).toMatchObject({
      source: "NZZ",
      when: "from 10 Jan 2024",
      byHowMuch: "Held area dropped: 1,234.6 km²; Features: 2,500 (measured on 11 Jan 2024)",
    });
  });

  it("gives a glitch's window and no figure when nothing was measured", () => {
    const [row] = deriveMethodChangeRows([{ ...change, to: d("2024-01-12") }], []);
    expect([row?.when, row?.byHowMuch]).toEqual(["10 Jan 2024 to 12 Jan 2024", null]);
  });
});
