import type { IsoDate } from "../../data/schemas/common";
import { buildCitation, chartLink, embedSnippet, embedUrl, permalink } from "./share-text";

const href = "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc&embed=x#losses";

describe("permalink", () => {
  it("keeps every parameter, points at the chart and drops the embed switch", () => {
    expect(permalink(href, "losses-equipment")).toBe(
      "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc#losses-equipment",
    );
  });
});

describe("chartLink (Copy link)", () => {
  it("gives the share page of the section a chart leads, under the base, in the default view", () => {
    expect(chartLink("https://example.org/war/#map", "/war/", "front-line-map")).toBe(
      "https://example.org/war/share/map/",
    );
    expect(chartLink("https://example.org/?embed=x", "/", "claimed-vs-confirmed-tank")).toBe(
      "https://example.org/share/cmp-claimed/",
    );
  });
  it("keeps the reader's view: with any parameter, the chart's permalink", () => {
    expect(chartLink(href, "/war/", "front-line-map")).toBe(
      "https://example.org/war/?from=2023-06-04&to=2023-11-30&cats=tank,apc#front-line-map",
    );
  });
  it("gives a chart that leads no section its permalink, even in the default view", () => {
    expect(chartLink("https://example.org/", "/", "territory-difference-all")).toBe(
      "https://example.org/#territory-difference-all",
    );
    expect(chartLink("https://example.org/", "/", "territory-all")).toBe(
      "https://example.org/share/cmp-territory/",
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
    const snippet = embedSnippet("https://e.org/?a=1&b=2", 'Tanks "lost"', 480.4);
    expect(snippet.slice(0, snippet.indexOf("<script>"))).toBe(
      '<iframe src="https://e.org/?a=1&amp;b=2" title="Tanks &quot;lost&quot;" width="100%" height="480" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });

  it("sizes the iframe from the height messages of the chart's own origin only", () => {
    const snippet = embedSnippet("https://e.org:8443/war/?embed=x", "T", 480);
    const script = /<script>(.*)<\/script>$/.exec(snippet)?.[1] ?? "";
    expect(script).toContain('var o="https://e.org:8443"');
    expect(script).toContain('d.type==="ukraine-war-data:embed-height"');
    expect(script).toContain("e.source===s.contentWindow");
    // One statement that a host page can paste anywhere: it parses on its own.
    expect(() => new Function(script)).not.toThrow();
  });
});

describe("buildCitation", () => {
  it("cites in APA style: site, the data's year, title and range, data to, sources, retrieval day, URL", () => {
    expect(
      buildCitation({
        title: "Tanks lost",
        subtitle: "4 Jun – 30 Nov 2023",
        sources: [{ name: "Source A" }, { name: "Source B" }, { name: "Source C" }],
        url: "https://example.org/#x",
        accessed: "2026-01-02" as IsoDate,
        dataTo: "2025-12-30" as IsoDate,
      }),
    ).toBe(
      "Russia–Ukraine war in data. (2025). Tanks lost, 4 Jun – 30 Nov 2023 [Data set; data to 30 Dec 2025; sources: Source A, Source B and Source C]. Retrieved 2 Jan 2026, from https://example.org/#x",
    );
  });

  it("says n.d. when the figure has no last day of data", () => {
    expect(
      buildCitation({
        title: "Ledger",
        sources: [{ name: "Source A" }],
        url: "https://example.org/#y",
        accessed: "2026-01-02" as IsoDate,
      }),
    ).toBe(
      "Russia–Ukraine war in data. (n.d.). Ledger [Data set; sources: Source A]. Retrieved 2 Jan 2026, from https://example.org/#y",
    );
  });
});
