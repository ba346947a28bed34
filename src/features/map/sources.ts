// The two territory sources the map can show, with their display names.
import type { MapSource } from "../../data/schemas/map";

export type { MapSource };
export const MAP_SOURCES = ["deepstate", "nzz"] as const satisfies readonly MapSource[];
export const SOURCE_LABELS: Record<MapSource, string> = { deepstate: "DeepState", nzz: "NZZ / liveuamap" };
