import { exportFileName, slugify } from "./file-name";

describe("exportFileName", () => {
  it("names the chart, the range and the variant", () => {
    expect(
      exportFileName({
        stem: "tank-losses-general-staff",
        range: { from: "2023-06-04", to: "2023-11-30" },
        ext: "png",
      }),
    ).toBe("tank-losses-general-staff_2023-06-04_2023-11-30.png");
    expect(
      exportFileName({
        stem: "Tank losses (General Staff)",
        range: { from: "2023-06-04", to: "2023-11-30" },
        variant: "2x dark",
        ext: "png",
      }),
    ).toBe("tank-losses-general-staff_2023-06-04_2023-11-30_2x-dark.png");
  });

  it("leaves out a missing range and never returns an empty stem", () => {
    expect(exportFileName({ stem: "map", ext: "svg" })).toBe("map.svg");
    expect(exportFileName({ stem: "…", ext: "csv" })).toBe("chart.csv");
  });
});

describe("slugify", () => {
  it("keeps ASCII letters and digits only, accents folded", () => {
    expect(slugify("Kyiv – Kharkiv: Ukrainian côté, 2023!")).toBe("kyiv-kharkiv-ukrainian-cote-2023");
  });
});
