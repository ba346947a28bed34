// Lon/lat polygon types of the map (GeoJSON coordinate arrays) and a lon/lat box.
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];
/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];
