import { describe, expect, it } from "vitest";
import type { Place, PlacesFile } from "../../../data/schemas/places";
import { deriveLabelPlaces, deriveMapLabels } from "./derive-place-labels";

const place = (name: string, lon: number, lat: number, kind: Place["kind"]): Place => ({
  name,
  lonLat: [lon, lat] as Place["lonLat"],
  kind,
});
// A made-up plane: 1° = 10 px at zoom 1, north up.
const project = ([lon, lat]: [number, number]): [number, number] => [lon * 10, (60 - lat) * 10];
const metrics = { charWidth: 6, height: 12, gap: 4 };

const file: Pick<PlacesFile, "places" | "frontZone"> = {
  places: [place("Town", 30, 50, "settlement"), place("Capital", 40, 50, "oblastCapital")],
  frontZone: {
    radiusKm: 60,
    // Big is 0.5° east of Town; Village 0.2° north of Big; Hamlet next to Village.
    names: ["Big", "Village", "Hamlet"],
    lonLat: [30.5, 50, 30.5, 50.2, 30.55, 50.2],
    minZoom: [2, 8, 16],
  },
};

describe("deriveLabelPlaces", () => {
  it("ranks capitals, then the curated towns, then the front zone in its order", () => {
    expect(deriveLabelPlaces(file).map((p) => [p.name, p.rank, p.minZoom])).toEqual([
      ["Capital", 0, 1],
      ["Town", 1, 1],
      ["Big", 2, 2],
      ["Village", 3, 8],
      ["Hamlet", 4, 16],
    ]);
  });
});

describe("deriveMapLabels", () => {
  const places = deriveLabelPlaces(file);
  const labelsAt = (k: number, centre: [number, number]) => {
    const [cx, cy] = project(centre);
    // A 600 × 400 view centred on `centre`.
    const view = { k, x: 300 - cx * k, y: 200 - cy * k };
    return deriveMapLabels(places, project, view, 600, 400, metrics);
  };
  const overlap = (a: number[], b: number[]) =>
    a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

  it("labels more places as the map zooms in, and never two that overlap", () => {
    const names = (k: number) => labelsAt(k, [30.5, 50.1]).map((l) => l.text);
    // Zoom 1: the capital (95 px east) and Town; Big is not yet a candidate.
    expect(names(1)).toEqual(["Capital", "Town"]);
    // Zoom 4: Big is a candidate, but its dot lies 20 px east of Town, under Town's label.
    expect(names(4)).toEqual(["Town"]);
    // Zoom 8: 40 px apart, both fit, and Village (minimum zoom 8) 16 px above Big.
    expect(names(8)).toEqual(["Town", "Big", "Village"]);
    // Zoom 20: Hamlet is a candidate, but 10 px east of Village its label overlaps Village's.
    expect(names(20)).toEqual(["Town", "Big", "Village"]);
    for (const k of [1, 4, 8, 20, 48]) {
      const boxes = labelsAt(k, [30.5, 50.1]).map((l) => l.box);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it("labels only places in view, and keeps each place's coordinates for its tooltip", () => {
    const labels = labelsAt(8, [40, 50]);
    expect(labels.map((l) => [l.text, l.lonLat])).toEqual([["Capital", [40, 50]]]);
  });
});
