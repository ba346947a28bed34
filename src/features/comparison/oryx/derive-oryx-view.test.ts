import type { IsoDate } from "../../../data/schemas/common";
import type { MethodChange } from "../../../data/schemas/method-changes";
import { deriveOryxChartMarks, deriveOryxView, hasPublishedVariant } from "./derive-oryx-view";
import { makeOryx } from "../test-fixtures";

const d = (s: string) => s as IsoDate;

describe("deriveOryxView", () => {
  const likeForLike = makeOryx({
    dates: ["2026-01-01", "2026-01-02"],
    russia: { allTypes: [90, 91], tanks: [5, 6] },
  });
  const asPublished = makeOryx({ dates: ["2026-01-01", "2026-01-02"], russia: { allTypes: [100, 91] } });
  const oryx = {
    ...likeForLike,
    asPublished: {
      typeLabels: { allTypes: "Oryx's total" },
      countries: { russia: { allTypes: asPublished.countries.russia.allTypes }, ukraine: {} },
    },
  };

  it("reads like for like by default and the published series when asked", () => {
    expect(deriveOryxView(oryx, "likeForLike").countries.russia.allTypes.total).toEqual([90, 91]);
    const published = deriveOryxView(oryx, "published");
    expect(published.countries.russia.allTypes.total).toEqual([100, 91]);
    expect(published.typeLabels.allTypes).toBe("Oryx's total");
    // Keys without an as-published series stay as they are.
    expect(published.countries.russia.tanks.total).toEqual([5, 6]);
  });

  it("tells which types have an as-published series", () => {
    expect(hasPublishedVariant(oryx, ["tanks"])).toBe(false);
    expect(hasPublishedVariant(oryx, ["tanks", "allTypes"])).toBe(true);
    expect(hasPublishedVariant(likeForLike, ["allTypes"])).toBe(false);
  });
});

describe("deriveOryxChartMarks", () => {
  const change = (over: Partial<MethodChange>): MethodChange => ({
    id: "oryx-2026-01-10-x",
    source: "oryx",
    from: d("2026-01-10"),
    kind: "removal",
    handlingKind: "likeForLike",
    label: "Oryx drops a type",
    what: "",
    handling: "",
    citation: { name: "x", url: "https://example.org" },
    ...over,
  });
  const range = { from: d("2026-01-01"), to: d("2026-01-31") };

  it("marks the changes touching the chart's types, and puts each on the first row on or after it", () => {
    const { marks, byRow } = deriveOryxChartMarks(
      [
        change({ keys: ["allTypes"] }),
        change({ id: "oryx-2026-01-12-trucks", from: d("2026-01-12"), keys: ["trucks"], label: "Trucks" }),
        change({ id: "oryx-2026-01-20-switch", from: d("2026-01-20"), label: "Switch" }),
        change({ id: "nzz-2026-01-15-other", source: "nzz", label: "NZZ" }),
      ],
      ["allTypes"],
      range,
      [d("2026-01-09"), d("2026-01-11"), d("2026-01-20")],
    );
    expect(marks).toEqual([
      { date: "2026-01-10", label: "Oryx drops a type" },
      { date: "2026-01-20", label: "Switch" },
    ]);
    expect([...byRow]).toEqual([
      ["2026-01-11", "Oryx drops a type"],
      ["2026-01-20", "Switch"],
    ]);
  });

  it("leaves out a change outside the range", () => {
    const { marks } = deriveOryxChartMarks([change({ from: d("2026-02-01") })], ["tanks"], range, []);
    expect(marks).toEqual([]);
  });
});
