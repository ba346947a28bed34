import type { IsoDate } from "../../data/schemas/common";
import { buildCitation, embedSnippet, embedUrl, permalink } from "./share-text";

const href = "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc&embed=x#losses";

describe("permalink", () => {
  it("keeps every parameter, points at the chart and drops the embed switch", () => {
    expect(permalink(href, "losses-equipment")).toBe(
      "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc#losses-equipment",
    );
  });
});

describe("embedUrl and embedSnippet", () => {
  it("asks for the chart-only view with the same parameters", () => {
    expect(embedUrl(href, "losses-equipment")).toBe(
      "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc&embed=losses-equipment",
    );
  });

  it("escapes the title and URL into the attributes", () => {
    expect(embedSnippet("https://e.org/?a=1&b=2", 'Tanks "lost"', 480.4)).toBe(
      '<iframe src="https://e.org/?a=1&amp;b=2" title="Tanks &quot;lost&quot;" width="100%" height="480" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe("buildCitation", () => {
  it("gives title, range, site, sources, URL and access day on one line", () => {
    expect(
      buildCitation({
        title: "Tanks lost",
        subtitle: "4 Jun – 30 Nov 2023",
        sources: [{ name: "Source A" }, { name: "Source B" }, { name: "Source C" }],
        url: "https://example.org/#x",
        accessed: "2026-01-02" as IsoDate,
      }),
    ).toBe(
      "“Tanks lost, 4 Jun – 30 Nov 2023”. Russia–Ukraine war in data. Data: Source A, Source B and Source C. https://example.org/#x (accessed 2 Jan 2026).",
    );
  });
});
