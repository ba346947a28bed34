import { coreDataFiles, isSaveForOfflineMessage, savedAtOf, savedCopy } from "./saved-copy";

describe("saved copies of data files", () => {
  const json = "application/json; charset=utf-8";
  const at = new Date("2026-11-29T10:00:00Z");

  it("stamps a copy with the time it was saved and reads it back", async () => {
    const copy = savedCopy({ status: 200, contentType: json, body: '{"a":1}' }, at);
    expect(savedAtOf(copy!)?.toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(await copy!.text()).toBe('{"a":1}');
    expect(savedAtOf(new Response("{}"))).toBeNull();
  });

  it("keeps only a 200 JSON answer that parses: never a 404, a web page or a truncated file", () => {
    const body = new TextEncoder().encode('{"a":[1,2]}').buffer;
    expect(savedCopy({ status: 200, contentType: "application/json", body }, at)).not.toBeNull();
    expect(savedCopy({ status: 404, contentType: "text/plain", body: "Not found" }, at)).toBeNull();
    expect(savedCopy({ status: 200, contentType: "text/html", body: "<!doctype html>" }, at)).toBeNull();
    expect(savedCopy({ status: 200, contentType: json, body: '{"a":[1,' }, at)).toBeNull();
    expect(savedCopy({ status: 200, contentType: null, body: "{}" }, at)).toBeNull();
  });

  it("reads only a well-formed request to save files", () => {
    expect(
      isSaveForOfflineMessage({ type: "save-for-offline", paths: ["losses.json", "map/a-1.json"] }),
    ).toBe(true);
    expect(isSaveForOfflineMessage({ type: "save-for-offline", paths: ["../x.json"] })).toBe(false);
    expect(isSaveForOfflineMessage({ type: "other", paths: [] })).toBe(false);
    expect(isSaveForOfflineMessage("save-for-offline")).toBe(false);
  });

  it("lists every file but the map's chunks, and nothing from a hostile list", () => {
    const manifest = {
      files: [
        { path: "losses.json" },
        { path: "map/index.json" },
        { path: "map/deepstate-2023-01-01.json" },
        { path: "../secrets.json" },
        { path: "https://example.org/x.json" },
        { path: 42 },
      ],
    };
    expect(coreDataFiles(manifest)).toEqual(["losses.json", "map/index.json"]);
    expect(coreDataFiles(null)).toEqual([]);
    expect(coreDataFiles({ files: "x" })).toEqual([]);
  });
});
