// The map's geometry files: one chunk per source and quarter, each a TopoJSON of that quarter's
// distinct shapes plus the shape index of every calendar day, and an index listing them with sizes.
import { gzipSync } from "node:zlib";
import type { MapChunkRef, MapSource } from "../../src/data/schemas/map";
import { mapChunkSchema, mapIndexSchema } from "../../src/data/schemas/map";
import type { TerritoryOrigin } from "../../src/data/schemas/territory";
import { SCHEMA_VERSION } from "../../src/data/schemas/common";
import { SECTORS } from "../geo/sectors";
import type { OutputFile } from "../types";
import { addDays, calendarDays } from "./territory-dates";
import type { TrackResult } from "./territory-track";
import { MAP_SIMPLIFY_METRES } from "./territory-track";

export interface MapChunkInput {
  source: MapSource;
  origin: TerritoryOrigin;
  result: TrackResult;
}

/** Chunk files and the index; `ends` gives each source's last day (the last chunk runs to it). */
export function buildMapFiles(chunks: MapChunkInput[], ends: Record<MapSource, string>): OutputFile[] {
  const files: OutputFile[] = [];
  const refs: MapChunkRef[] = [];
  chunks.forEach((chunk, i) => {
    const { result } = chunk;
    const first = result.days[0];
    if (!first || !result.topology) return;
    const next = chunks.slice(i + 1).find((c) => c.source === chunk.source);
    const to = next?.result.days[0] ? addDays(next.result.days[0].date, -1) : ends[chunk.source];
    const dates = calendarDays(first.date, to);
    const stateByDate = new Map(result.days.map((d) => [d.date, d.state]));
    let current = first.state;
    const state = dates.map((d) => (current = stateByDate.get(d) ?? current));
    const chunkFile = {
      schemaVersion: SCHEMA_VERSION,
      source: chunk.source,
      origin: chunk.origin,
      from: first.date,
      to,
      dates,
      state,
      topology: JSON.parse(result.topology) as unknown,
    };
    mapChunkSchema.parse(chunkFile);
    const content = JSON.stringify(chunkFile);
    const path = `map/${chunk.source}-${first.date}.json`;
    files.push({ path, content });
    refs.push({
      source: chunk.source,
      file: path,
      from: first.date,
      to,
      states: result.states.length,
      bytes: Buffer.byteLength(content),
      gzipBytes: gzipSync(content, { level: 9 }).length,
    } as MapChunkRef);
  });
  const index = {
    schemaVersion: SCHEMA_VERSION,
    sectors: SECTORS.map((s) => ({ id: s.id, name: s.name, bbox: s.bbox })),
    simplifyMetres: MAP_SIMPLIFY_METRES,
    chunks: refs,
    notes: [
      "Shapes are the Russian-held area clipped to Ukraine's boundary, simplified (~50 m, topology kept) and quantized.",
      "NZZ omits Crimea; its shapes here include Crimea as DeepState draws it, as in territory.json.",
      "Days without a snapshot show the previous day's shape (see `carried` in territory.json).",
    ],
  };
  mapIndexSchema.parse(index);
  files.push({ path: "map/index.json", content: JSON.stringify(index) });
  return files;
}
