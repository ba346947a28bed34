import { hashId } from "./use-hash-anchor";

describe("hashId", () => {
  it("decodes the hash into an element id and ignores one that is not percent-encoding", () => {
    expect(hashId("#sources")).toBe("sources");
    expect(hashId("#front%2Dline-map")).toBe("front-line-map");
    expect(hashId("")).toBe("");
    expect(hashId("#%")).toBeNull();
    expect(hashId("#%E0%A4%A")).toBeNull();
  });
});
