// Step: the map's background → public/data/basemap.json. Ukraine's boundary comes from the raw
// data's geo/ (simplified for drawing), neighbours and land from Natural Earth via the world-atlas
// package (read here, never fetched by the app). Natural Earth draws Crimea inside Russia, so
// Ukraine's boundary is cut out of every neighbour and Crimea is drawn as part of Ukraine.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadMapshaper } from "../../geo/load-mapshaper";
import polygonClipping from "polygon-clipping";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  basemapFileSchema,
  type BasemapFile,
  type BasemapMultiPolygon,
} from "../../../src/data/schemas/basemap";
import { SCHEMA_VERSION, type Source } from "../../../src/data/schemas/common";
import { boxPolygon } from "../../../src/lib/geometry";
import { serializeJson } from "../../lib/json";
import { readGzipJson } from "../../sources/territory-read";
import { RawDataError, type Step } from "../../types";

export const BASEMAP_BOUNDARY_FILE = join("geo", "ukraine-boundary.geojson.gz");
/** Drawing tolerance: ~2 px at the closest sector zoom, a few thousand vertices for the country. */
export const BASEMAP_SIMPLIFY_METRES = 200;
/** The area drawn around Ukraine: [west, south, east, north]. */
export const BASEMAP_BBOX: [number, number, number, number] = [19, 42, 43, 54.5];
/** Release dates of world-atlas versions (npm registry), the date of its Natural Earth snapshot. */
const WORLD_ATLAS_RELEASES: Record<string, string> = { "2.0.2": "2024-12-07" };

type Geo = { type: string; coordinates?: unknown; geometries?: Geo[] };

function polygonsOf(g: Geo | null | undefined): BasemapMultiPolygon {
  if (!g) return [];
  if (g.type === "Polygon") return [g.coordinates as BasemapMultiPolygon[number]];
  if (g.type === "MultiPolygon") return g.coordinates as BasemapMultiPolygon;
  if (g.type === "GeometryCollection") return (g.geometries ?? []).flatMap(polygonsOf);
  return [];
}

/** Coordinates to 4 decimals (~10 m): smaller file, invisible at any zoom the map offers. */
function rounded(multi: BasemapMultiPolygon): BasemapMultiPolygon {
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return multi
    .map((polygon) =>
      polygon
        .map((ring) => ring.map(([x, y]) => [r(x), r(y)] as [number, number]))
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
}

function boundarySource(): Source {
  return {
    id: "ukraine-boundary",
    name: "National Boundary, Ukraine, 2015 (Hijmans, UC Berkeley Museum of Vertebrate Zoology)",
    url: "https://geodata.lib.berkeley.edu/",
    licence: "no licence stated in the raw file; credit Hijmans / UC Berkeley MVZ",
    counts:
      "Ukraine's internationally recognised border, Crimea included; the map's outline and the clip of every area.",
    caveats: "Simplified for drawing; areas are measured on the finer boundary (see the territory source).",
    firstDate: "2015-01-01",
    lastDate: "2015-12-31",
    kind: "reference",
  } as Source;
}

function naturalEarthSource(version: string, released: string): Source {
  return {
    id: "natural-earth",
    name: `Natural Earth 1:50m countries and land, via the world-atlas npm package (v${version})`,
    url: "https://www.naturalearthdata.com/",
    licence: "public domain (Natural Earth); world-atlas ISC",
    counts: "Neighbouring countries, coasts and seas drawn around Ukraine.",
    caveats:
      "Natural Earth draws Crimea inside Russia; here Ukraine's boundary is cut out of every neighbour, so Crimea is shown as Ukrainian territory (occupied since 2014).",
    firstDate: released,
    lastDate: released,
    kind: "reference",
  } as Source;
}

export const buildBasemap: Step = async (ctx) => {
  const file = join(ctx.rawDir, BASEMAP_BOUNDARY_FILE);
  const raw = readGzipJson(file) as { features?: { geometry?: Geo }[] };
  if (!Array.isArray(raw?.features)) throw new RawDataError(file, "expected a GeoJSON FeatureCollection");
  const full = raw.features.flatMap((f) => polygonsOf(f.geometry));
  if (full.length === 0) throw new RawDataError(file, "no polygon in the boundary file");
  const simplifiedOut = await (
    await loadMapshaper()
  ).applyCommands(
    `-i b.json -simplify dp interval=${BASEMAP_SIMPLIFY_METRES} keep-shapes -filter-slivers -o s.json format=geojson`,
    {
      "b.json": {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: full } },
        ],
      },
    },
  );
  const simplifiedJson = JSON.parse(String(simplifiedOut["s.json"])) as Geo;
  const ukraine = rounded(polygonsOf(simplifiedJson));

  const require = createRequire(import.meta.url);
  const atlasFile = require.resolve("world-atlas/countries-50m.json");
  const version = (
    JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")) as { version: string }
  ).version;
  const released = WORLD_ATLAS_RELEASES[version];
  if (!released)
    throw new RawDataError(
      atlasFile,
      `world-atlas ${version}: add its npm release date to WORLD_ATLAS_RELEASES`,
    );
  const topology = JSON.parse(readFileSync(atlasFile, "utf8")) as Topology;
  const box: BasemapMultiPolygon = [boxPolygon(BASEMAP_BBOX)];
  const clipToBox = (m: BasemapMultiPolygon) => (m.length ? polygonClipping.intersection(m, box) : []);

  const landFc = feature(topology, topology.objects.land as GeometryCollection) as unknown as {
    features: { geometry: Geo }[];
  };
  const land = rounded(
    polygonClipping.union(clipToBox(landFc.features.flatMap((f) => polygonsOf(f.geometry))), ukraine),
  );

  const countriesFc = feature(topology, topology.objects.countries as GeometryCollection) as unknown as {
    features: { properties: { name: string }; geometry: Geo }[];
  };
  const countries: BasemapFile["countries"] = [];
  for (const f of countriesFc.features) {
    if (f.properties.name === "Ukraine") continue;
    const inBox = clipToBox(polygonsOf(f.geometry));
    if (inBox.length === 0) continue;
    const cut = rounded(polygonClipping.difference(inBox, ukraine));
    if (cut.length > 0) countries.push({ name: f.properties.name, polygons: cut });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name));

  const out = basemapFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [boundarySource(), naturalEarthSource(version, released)],
    bbox: BASEMAP_BBOX,
    simplifyMetres: BASEMAP_SIMPLIFY_METRES,
    ukraine,
    land,
    countries,
  });
  const vertices = (m: BasemapMultiPolygon) => m.reduce((n, p) => n + p.reduce((k, r) => k + r.length, 0), 0);
  return {
    files: [{ path: "basemap.json", content: serializeJson(out) }],
    report: {
      title: "Ukraine boundary + Natural Earth (world-atlas) → basemap.json",
      lines: [
        `Ukraine: ${vertices(full)} vertices raw → ${vertices(ukraine)} at ${BASEMAP_SIMPLIFY_METRES} m`,
        `neighbours in the box (Ukraine cut out): ${countries.map((c) => c.name).join(", ")}`,
      ],
    },
  };
};
