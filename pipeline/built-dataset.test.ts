// The committed public/data, parsed with the app's own schemas, and the cross-checks given in
// ../shared/data/README.md. (Reading the built files is the one place real figures may appear.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lossesFileSchema } from "../src/data/schemas/losses";
import { oryxFileSchema } from "../src/data/schemas/oryx";
import { eventsFileSchema } from "../src/data/schemas/events";
import { placesFileSchema } from "../src/data/schemas/places";
import { manifestFileSchema } from "../src/data/schemas/manifest";
import { basemapFileSchema } from "../src/data/schemas/basemap";
import { geoContains } from "d3-geo";

const read = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../public/data/${file}`, import.meta.url)), "utf8"));

describe("committed public/data", () => {
  const losses = lossesFileSchema.parse(read("losses.json"));
  const gs = losses.generalStaff;
  const tankOn = (date: string) => gs.cumulative.tank?.[gs.dates.indexOf(date as (typeof gs.dates)[number])];

  it("losses.json: General Staff tank total on 2023-07-25 is 4,174, +55 vs a week earlier, +12 vs the day before", () => {
    expect(tankOn("2023-07-25")).toBe(4174);
    expect(4174 - (tankOn("2023-07-18") ?? NaN)).toBe(55);
    expect(4174 - (tankOn("2023-07-24") ?? NaN)).toBe(12);
  });

  it("losses.json: tanks 3,799 → 3,797 on 2023-05-28 is matched to the correction listed a day earlier", () => {
    const fall = gs.negativeChanges.find((n) => n.date === "2023-05-28" && n.category === "tank");
    expect(fall).toMatchObject({
      from: 3799,
      to: 3797,
      correction: { date: "2023-05-27", category: "tank" },
    });
  });

  it("losses.json: one entry per calendar day, every category aligned", () => {
    const days = gs.dates.map((d) => Date.parse(d) / 86_400_000);
    expect(days.every((d, i) => i === 0 || d - (days[i - 1] ?? NaN) === 1)).toBe(true);
    for (const values of Object.values(gs.cumulative)) expect(values).toHaveLength(gs.dates.length);
  });

  it("oryx.json, events.json, places.json parse with the app's schemas", () => {
    const oryx = oryxFileSchema.parse(read("oryx.json"));
    expect(oryx.mapping.find((m) => m.generalStaff === "drone")?.comparable).toBe(false);
    expect(eventsFileSchema.parse(read("events.json")).events.some((e) => e.date === "2022-11-11")).toBe(
      true,
    );
    expect(placesFileSchema.parse(read("places.json")).places.some((p) => p.name === "Bakhmut")).toBe(true);
  });

  it("places.json: every label sits inside Ukraine's outline on the basemap (none lands off the map)", () => {
    const { ukraine } = basemapFileSchema.parse(read("basemap.json"));
    // d3-geo takes a polygon's outer ring clockwise; GeoJSON (and the basemap) draw it anticlockwise.
    const outline = {
      type: "MultiPolygon" as const,
      coordinates: ukraine.map((polygon) => polygon.map((ring) => [...ring].reverse())),
    };
    expect(geoContains(outline, [0, 0]), "a point far outside is outside").toBe(false);
    const { places, frontZone } = placesFileSchema.parse(read("places.json"));
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((p) => !geoContains(outline, p.lonLat)).map((p) => p.name)).toEqual([]);
    const zone = frontZone.names.map((name, i) => ({
      name,
      lonLat: [frontZone.lonLat[2 * i]!, frontZone.lonLat[2 * i + 1]!] as [number, number],
    }));
    // The front zone labels the towns around Bakhmut, and none lands off the map.
    expect(zone.map((p) => p.name)).toEqual(expect.arrayContaining(["Kostyantynivka", "Opytne"]));
    expect(zone.filter((p) => !geoContains(outline, p.lonLat)).map((p) => p.name)).toEqual([]);
  });

  it("manifest.json lists every data file with its real size", () => {
    const manifest = manifestFileSchema.parse(read("manifest.json"));
    for (const file of manifest.files) {
      const bytes = readFileSync(
        fileURLToPath(new URL(`../public/data/${file.path}`, import.meta.url)),
      ).length;
      expect({ path: file.path, bytes }).toEqual(file);
    }
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["losses.json", "oryx.json", "events.json"]),
    );
  });
});
