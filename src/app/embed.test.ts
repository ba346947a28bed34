import { embedRequest, fullPageUrl, unknownEmbedNotice } from "./embed";

describe("embedRequest", () => {
  it("reads a chart id and names the section that draws it", () => {
    expect(embedRequest("?from=2023-01-01&embed=losses-equipment")).toEqual({
      kind: "chart",
      id: "losses-equipment",
      section: "losses",
    });
    expect(embedRequest("?embed=claims-ledger")).toEqual({
      kind: "chart",
      id: "claims-ledger",
      section: "comparison",
    });
    expect(embedRequest("?embed=front-line-map")).toEqual({
      kind: "chart",
      id: "front-line-map",
      section: "map",
    });
    expect(embedRequest("?embed=map-weekly-bakhmut")).toEqual({
      kind: "chart",
      id: "map-weekly-bakhmut",
      section: "map",
    });
  });

  it("keeps anything that is no chart id as an unknown request, and no parameter as none", () => {
    expect(embedRequest("")).toBeNull();
    expect(embedRequest("?from=2023-01-01")).toBeNull();
    expect(embedRequest("?embed=true")).toEqual({ kind: "unknown", raw: "true" });
    expect(embedRequest("?embed=")).toEqual({ kind: "unknown", raw: "" });
    expect(embedRequest("?embed=%3Cscript%3E")).toEqual({ kind: "unknown", raw: "<script>" });
    // A section's stem in capitals is not its id.
    expect(embedRequest("?embed=LOSSES-equipment")).toEqual({ kind: "unknown", raw: "LOSSES-equipment" });
    // Repeated: the first value, as every other parameter.
    expect(embedRequest("?embed=nope&embed=front-line-map")).toEqual({ kind: "unknown", raw: "nope" });
  });
});

describe("unknownEmbedNotice", () => {
  it("quotes the id (at most 40 characters) and lists the ids that exist", () => {
    expect(unknownEmbedNotice("true", ["losses-personnel", "front-line-map"])).toBe(
      "There is no chart “true” to embed, so the whole dashboard is shown. Charts that can be embedded (?embed=<id>): losses-personnel, front-line-map.",
    );
    expect(unknownEmbedNotice("x".repeat(50), [])).toBe(
      `There is no chart “${"x".repeat(40)}…” to embed, so the whole dashboard is shown. Charts that can be embedded (?embed=<id>): (the charts are still loading).`,
    );
  });
});

describe("fullPageUrl", () => {
  it("keeps the view and drops the embed switch", () => {
    expect(fullPageUrl("https://e.org/?from=2023-01-01&cats=tank,apc&embed=x")).toBe(
      "https://e.org/?from=2023-01-01&cats=tank,apc",
    );
  });
});
