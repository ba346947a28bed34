// The front sectors the dashboard follows, as lon/lat boxes [west, south, east, north] in degrees.
// Hand-drawn around the fighting each name evokes (curated here, drawn by the map from
// public/data/map/index.json); all three lie wholly inside Ukraine, away from the coast and border.
import type { BBox } from "./polygons";

export interface Sector {
  id: "bakhmut" | "zaporizhzhia" | "donetsk";
  name: string;
  bbox: BBox;
}

export const SECTORS: readonly Sector[] = [
  // Bakhmut, Soledar, Chasiv Yar, Klishchiivka, Andriivka: the 2022–24 battle for Bakhmut.
  { id: "bakhmut", name: "Bakhmut", bbox: [37.7, 48.35, 38.3, 48.8] },
  // Orikhiv–Robotyne–Tokmak and Velyka Novosilka–Staromaiorske (≈36.8°E): the 2023 counter-offensive axes.
  { id: "zaporizhzhia", name: "Zaporizhzhia front", bbox: [35.3, 47.2, 37.0, 47.9] },
  // Avdiivka, Marinka, Vuhledar and the city of Donetsk.
  { id: "donetsk", name: "Donetsk", bbox: [37.2, 47.7, 38.0, 48.35] },
];
