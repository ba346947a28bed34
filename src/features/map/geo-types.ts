// Lon/lat polygon types of the map (GeoJSON coordinate arrays) and a lon/lat box: src/lib/geometry.ts.
export type { BBox, MultiPolygon, Polygon, Position, Ring } from "../../lib/geometry";
