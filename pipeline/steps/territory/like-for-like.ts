// Like-for-like territory series for the source comparison (issue 8): NZZ and DeepState measured with
// one definition. NZZ omits Crimea throughout and, from 2024-03-14 on, also the parts of Donetsk and
// Luhansk oblasts held since 2014 (its area falls by ~16,500 km², almost all of it inside DeepState's
// "occupied before 2022" layer). So each NZZ snapshot is intersected with that layer (as DeepState
// draws it in its last history snapshot, clipped to Ukraine), which gives, per day:
//   since 2022 = NZZ's own shape − its part inside the pre-2022 layer
//   all occupied = since 2022 + the whole pre-2022 layer (Crimea and the 2014 areas)
import { loadMapshaper } from "../../geo/load-mapshaper";
import { multiPolygonAreaKm2 } from "../../geo/area";
import type { BBox, MultiPolygon, Polygon } from "../../geo/polygons";
import { bboxOf, intersectionOf, unionOf } from "../../geo/polygons";
import { cutToBox } from "../../geo/windowed-xor";
import { parseDeepStateHistory } from "../../sources/territory-snapshot";
import { readGzipJson } from "../../sources/territory-read";
import { RawDataError } from "../../types";
import type { DailySeries } from "./daily-series";

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

const collection = (multi: MultiPolygon) => ({
  type: "FeatureCollection",
  features:
    multi.length > 0
      ? [{ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: multi } }]
      : [],
});

/** Area of a ∩ b; should the boolean engine throw, mapshaper redoes it. */
async function intersectionKm2(
  polygons: Polygon[],
  b: MultiPolygon,
): Promise<{ km2: number; fallback: boolean }> {
  try {
    return { km2: multiPolygonAreaKm2(intersectionOf(unionOf(polygons), b)), fallback: false };
  } catch {
    const out = await (
      await loadMapshaper()
    ).applyCommands("-i a.json -dissolve2 -clip b.json -o out.json format=geojson", {
      "a.json": collection(polygons),
      "b.json": collection(b),
    });
    // mapshaper writes a GeometryCollection (or a FeatureCollection when features carry properties).
    const json = JSON.parse(String(out["out.json"])) as {
      geometries?: { type: string; coordinates: unknown }[];
      features?: { geometry: { type: string; coordinates: unknown } | null }[];
    };
    const geometries =
      json.geometries ?? (json.features ?? []).flatMap((f) => (f.geometry ? [f.geometry] : []));
    const multi = geometries.flatMap((g) =>
      g.type === "Polygon"
        ? [g.coordinates as Polygon]
        : g.type === "MultiPolygon"
          ? (g.coordinates as MultiPolygon)
          : [],
    );
    return { km2: multiPolygonAreaKm2(multi), fallback: true };
  }
}

/** DeepState's "occupied before 2022" layer in one history snapshot, unioned and clipped to Ukraine. */
export function readPre2022Layer(file: string, boundary: MultiPolygon): MultiPolygon {
  const parsed = parseDeepStateHistory(readGzipJson(file), file);
  const layer = parsed.before2022 ?? [];
  if (layer.length === 0) throw new RawDataError(file, "no 'occupied before 2022' layer to compare NZZ with");
  return intersectionOf(unionOf(layer), boundary);
}

export interface LikeForLikeInput {
  /** Each NZZ snapshot day → its shape's area inside the pre-2022 layer (areaInsideKm2, unrounded). */
  nzzInside: Map<string, number>;
  /** How many of those intersections were redone with mapshaper. */
  insideFallbacks: number;
  /** NZZ as published (Crimea added). */
  nzzSeries: DailySeries;
  /** NZZ like for like (its shape plus the part of the layer it does not draw), measured per state. */
  nzzLikeForLike: DailySeries;
  deepstateSeries: DailySeries;
  /** The reference layer and the snapshot it comes from. */
  pre2022: MultiPolygon;
  referenceSnapshot: string;
  /** Ukraine's area (boundary, Crimea included), for shares. */
  ukraineKm2: number;
}

export interface LikeForLike {
  reference: { snapshot: string; pre2022Km2: number; ukraineKm2: number };
  deepstate: { since2022Km2: number[]; allOccupiedKm2: number[] };
  nzz: {
    /** NZZ's own shape (Crimea not added), clipped to Ukraine. */
    asPublishedKm2: number[];
    /** Part of NZZ's shape inside the pre-2022 layer. */
    inPre2022Km2: number[];
    since2022Km2: number[];
    allOccupiedKm2: number[];
  };
  /** For each NZZ discontinuity: how much of the jump happened inside the pre-2022 layer. */
  nzzJumps: { date: string; deltaKm2: number; inPre2022DeltaKm2: number }[];
  fallbacks: number;
}

const boxOf = (polygon: Polygon): BBox => bboxOf([polygon]);

/** Same positions in the same structure (what equal JSON texts meant, without writing them out). */
export function sameShape(a: Polygon[], b: Polygon[]): boolean {
  return (
    a.length === b.length &&
    a.every((polygon, i) => {
      const other = b[i]!;
      return (
        polygon.length === other.length &&
        polygon.every((ring, k) => {
          const o = other[k]!;
          if (ring.length !== o.length) return false;
          for (let j = 0; j < ring.length; j++)
            if (ring[j]![0] !== o[j]![0] || ring[j]![1] !== o[j]![1]) return false;
          return true;
        })
      );
    })
  );
}

/**
 * |shape ∩ layer|, one layer part at a time with the shape first cut to that part's box: the parts
 * are disjoint, so the sum is exact, and each intersection sees only the shape's nearby vertices.
 */
export async function areaInsideKm2(
  polygons: Polygon[],
  layer: MultiPolygon,
  cache?: Map<number, { cut: Polygon[]; km2: number }>,
): Promise<{ km2: number; fallbacks: number }> {
  let km2 = 0;
  let fallbacks = 0;
  for (const [i, part] of layer.entries()) {
    const cut = cutToBox(polygons, boxOf(part));
    if (cut.length === 0) continue;
    // NZZ mostly redraws the front elsewhere: the same cut shape gives the same area.
    const cached = cache?.get(i);
    if (cached && sameShape(cached.cut, cut)) {
      km2 += cached.km2;
      continue;
    }
    const r = await intersectionKm2(cut, [part]);
    cache?.set(i, { cut, km2: r.km2 });
    km2 += r.km2;
    if (r.fallback) fallbacks++;
  }
  return { km2, fallbacks };
}

export function measureLikeForLike(input: LikeForLikeInput): LikeForLike {
  const { nzzSeries: nzz, deepstateSeries: ds } = input;
  const pre2022Km2 = multiPolygonAreaKm2(input.pre2022);
  const byDate = input.nzzInside;
  const fallbacks = input.insideFallbacks;
  const crimea = nzz.crimeaAddedKm2;
  if (!crimea) throw new RawDataError("territory", "NZZ series without crimeaAddedKm2");
  const asPublished: number[] = [];
  const inPre: number[] = [];
  let last = 0;
  nzz.dates.forEach((date, i) => {
    last = byDate.get(date) ?? last; // days without a file repeat the previous one
    asPublished.push(round1(nzz.occupiedKm2[i]! - crimea[i]!));
    inPre.push(round1(Math.min(last, asPublished[i]!)));
  });
  // The like-for-like shapes' own areas (so the map's chart and this comparison show one figure):
  // all occupied = own shape + the layer's part it leaves out; since 2022 = that minus the layer.
  const nzzAll = input.nzzLikeForLike.occupiedKm2.map(round1);
  const nzzSince = nzzAll.map((a) => round1(Math.max(0, a - round1(pre2022Km2))));
  // DeepState's own per-day layer where the history archive has it; after it, the same reference.
  const dsSince = ds.dates.map((_, i) =>
    round1(ds.occupiedSince2022Km2[i] ?? Math.max(0, ds.occupiedKm2[i]! - pre2022Km2)),
  );
  const indexOf = new Map(nzz.dates.map((d, i) => [d, i]));
  const nzzJumps = nzz.discontinuities.map((d) => {
    const i = indexOf.get(d.date)!;
    return {
      date: d.date,
      deltaKm2: d.deltaKm2,
      inPre2022DeltaKm2: i > 0 ? round1(inPre[i]! - inPre[i - 1]!) : 0,
    };
  });
  return {
    reference: {
      snapshot: input.referenceSnapshot,
      pre2022Km2: round1(pre2022Km2),
      ukraineKm2: round1(input.ukraineKm2),
    },
    deepstate: { since2022Km2: dsSince, allOccupiedKm2: ds.occupiedKm2.map(round1) },
    nzz: {
      asPublishedKm2: asPublished,
      inPre2022Km2: inPre,
      since2022Km2: nzzSince,
      allOccupiedKm2: nzzAll,
    },
    nzzJumps,
    fallbacks,
  };
}
