// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { hashId, linksInto } from "./permalink";

describe("hashId", () => {
  it("decodes the hash into an element id and ignores one that is not percent-encoding", () => {
    expect(hashId("#sources")).toBe("sources");
    expect(hashId("#front%2Dline-map")).toBe("front-line-map");
    expect(hashId("")).toBe("");
    expect(hashId("#%")).toBeNull();
    expect(hashId("#%E0%A4%A")).toBeNull();
  });
});

const IDS = /^(front-line-map|map-weekly-)/;

describe("permalinks into a lazy section", () => {
  afterEach(() => {
    window.history.replaceState(null, "", "/");
  });

  it("says whether the URL points at one of the section's ids", () => {
    window.history.replaceState(null, "", "/?from=2023-06-04#map-weekly-bakhmut");
    expect(linksInto(IDS)).toBe(true);
    window.history.replaceState(null, "", "/#sources");
    expect(linksInto(IDS)).toBe(false);
    window.history.replaceState(null, "", "/#%");
    expect(linksInto(IDS)).toBe(false);
  });
});
