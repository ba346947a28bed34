// Polygon coordinate types (GeoJSON-like lon/lat arrays), apart from polygons.ts so the boolean
// engine (clipper.ts) can name them without an import cycle.
export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];
