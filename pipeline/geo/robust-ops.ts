// Union and symmetric difference with a safety net: should the boolean engine (Clipper2, clipper.ts)
// throw, the call is redone with mapshaper (slower per call, snaps near-coincident vertices). Each
// fallback is counted and reported (polygon-clipping, the engine before Clipper2, needed it on NZZ's
// adjacent MultiPolygons; Clipper2's integer arithmetic has not so far).
import { loadMapshaper } from "./load-mapshaper";
import type { MultiPolygon, Polygon } from "./polygons";
import { polygonsOfCollection, shapesCollection, unionOf, xorOf } from "./polygons";
import { cutToChange } from "./windowed-xor";

export const fallbackCount = { union: 0, xor: 0 };

const collection = (multi: MultiPolygon) => shapesCollection([{ properties: {}, multi }]);
const parseMulti = (text: string): MultiPolygon => polygonsOfCollection(JSON.parse(text)) ?? [];

export async function robustUnion(polygons: Polygon[]): Promise<MultiPolygon> {
  try {
    return unionOf(polygons);
  } catch {
    fallbackCount.union++;
    const mapshaper = await loadMapshaper();
    const out = await mapshaper.applyCommands("-i in.json -dissolve2 -o out.json format=geojson", {
      "in.json": collection(polygons),
    });
    return parseMulti(String(out["out.json"]));
  }
}

/** a ∖ b with mapshaper (snaps near-coincident vertices). */
async function mapshaperErase(a: MultiPolygon, b: MultiPolygon): Promise<MultiPolygon> {
  if (a.length === 0) return [];
  if (b.length === 0) return a;
  const mapshaper = await loadMapshaper();
  const out = await mapshaper.applyCommands(
    "-i a.json b.json combine-files -erase b target=a -o out.json target=a format=geojson",
    { "a.json": collection(a), "b.json": collection(b) },
  );
  return parseMulti(String(out["out.json"]));
}

/**
 * Symmetric difference (what changed hands either way), inside the box of the changed edges; if
 * the engine fails there, the same two cut shapes are erased from each other with mapshaper.
 */
export async function robustXor(a: MultiPolygon, b: MultiPolygon): Promise<MultiPolygon> {
  const cut = cutToChange(a, b);
  if (!cut) return [];
  const [ca, cb] = cut;
  try {
    return xorOf(ca, cb);
  } catch {
    fallbackCount.xor++;
    return [...(await mapshaperErase(ca, cb)), ...(await mapshaperErase(cb, ca))];
  }
}
