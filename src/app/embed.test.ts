import { embedTarget, fullPageUrl } from "./embed";

describe("embedTarget", () => {
  it("reads a chart id and ignores anything that is not one", () => {
    expect(embedTarget("?from=2023-01-01&embed=losses-equipment")).toBe("losses-equipment");
    expect(embedTarget("?embed=")).toBeNull();
    expect(embedTarget("?embed=%3Cscript%3E")).toBeNull();
    expect(embedTarget("")).toBeNull();
  });
});

describe("fullPageUrl", () => {
  it("keeps the view and drops the embed switch", () => {
    expect(fullPageUrl("https://e.org/?from=2023-01-01&cats=tank,apc&embed=x")).toBe(
      "https://e.org/?from=2023-01-01&cats=tank,apc",
    );
  });
});
