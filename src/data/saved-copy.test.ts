import { coreDataFiles, savedAtOf, stampSavedAt } from "./saved-copy";

describe("saved copies of data files", () => {
  it("stamps a response with the time it was saved and reads it back", async () => {
    const stamped = await stampSavedAt(
      new Response('{"a":1}', { status: 200 }),
      new Date("2026-11-29T10:00:00Z"),
    );
    expect(savedAtOf(stamped)?.toISOString()).toBe("2026-11-29T10:00:00.000Z");
    expect(await stamped.text()).toBe('{"a":1}');
    expect(savedAtOf(new Response("{}"))).toBeNull();
  });

  it("saves every listed file at install but the map's chunks, and nothing from a hostile list", () => {
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
