// cyterat/deepstate-map-data: everything occupied, one GeoJSON a day
// (data/deepstatemap_data_YYYYMMDD.geojson). The raw layout keeps it as
// territory/deepstate-occupied/YYYY-MM-DD.geojson.gz: minified, without the `crs` member (WGS84 is
// GeoJSON's default), coordinates to 6 decimals (~0.1 m), gzipped.
import { checkDeepstateOccupied, parseJson } from "../checks";
import { dayFromName, type DailySource } from "./types";

/** 6 decimals, written as `toFixed(6)` rounds them (reproduces the existing raw files byte for byte). */
function round6(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Number(value.toFixed(6)) : value;
}

export const deepstateOccupiedSource: DailySource = {
  kind: "daily",
  id: "deepstate-occupied",
  folder: "territory/deepstate-occupied",
  upstreamPath: (day) => `data/deepstatemap_data_${day.replace(/-/g, "")}.geojson`,
  localName: (day) => `${day}.geojson.gz`,
  dayOf: (name) => dayFromName(name, ".geojson.gz"),
  prepare(text, day) {
    const parsed = parseJson(text);
    if ("problem" in parsed) return parsed;
    const problem = checkDeepstateOccupied(parsed.value, day);
    if (problem) return { problem };
    const collection = { ...(parsed.value as Record<string, unknown>) };
    delete collection.crs;
    return { text: JSON.stringify(collection, round6) };
  },
};
