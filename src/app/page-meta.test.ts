import type { IsoDate } from "../data/schemas/common";
import { describeView } from "./page-meta";

const range = { from: "2023-06-04" as IsoDate, to: "2023-11-30" as IsoDate };

describe("describeView", () => {
  it("names the range in the page title and description", () => {
    const meta = describeView(range);
    expect(meta.title).toMatch(/^Russia–Ukraine war in data: 4 Jun\s–\s30 Nov 2023$/);
    expect(meta.description).toMatch(/(^|\D)4 Jun\s–\s30 Nov 2023, each with its source\.$/);
  });

  it("leads with the chart in the chart-only view", () => {
    expect(describeView(range, "Tanks lost").title).toMatch(/^Tanks lost \(4 Jun\s–\s30 Nov 2023\) · Russia/);
  });
});
