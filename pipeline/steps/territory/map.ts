// The map's geometry files: one chunk per source and quarter, each a TopoJSON of that quarter's
// distinct shapes plus the shape index of every calendar day, and an index listing them with sizes.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { MapChunkRef, MapSource } from "../../../src/data/schemas/map";
import { mapIndexSchema } from "../../../src/data/schemas/map";
import type { TerritoryOrigin } from "../../../src/data/schemas/territory";
import { SCHEMA_VERSION } from "../../../src/data/schemas/common";
import { SECTORS } from "../../geo/sectors";
import type { OutputFile } from "../../types";
import { addDays, calendarDays } from "./dates";
import type { TrackResult } from "./track";
import { MAP_SIMPLIFY_METRES } from "./track";

export interface MapChunkInput {
  source: MapSource;
  origin: TerritoryOrigin;
  result: TrackResult;
  /** The TopoJSON text to write (the result's own, or its like-for-like one). */
  topology: string | null;
  /** Set for NZZ's as-published shapes (the default chunks are like for like). */
  definition?: "asPublished";
}

const gzipAsync = promisify(gzip);

/**
 * Chunk files and the index; `ends` gives each source's last day (the last chunk runs to it). Each
 * file carries its gzip -9 size, measured once, on libuv's threads (seconds of work on one core).
 */
export async function buildMapFiles(
  chunks: MapChunkInput[],
  ends: Record<MapSource, string>,
): Promise<(OutputFile & { gzipBytes: number })[]> {
  const files: OutputFile[] = [];
  const refs: Omit<MapChunkRef, "gzipBytes">[] = [];
  chunks.forEach((chunk, i) => {
    const { result } = chunk;
    const first = result.days[0];
    if (!first || !chunk.topology) return;
    const next = chunks
      .slice(i + 1)
      .find((c) => c.source === chunk.source && c.definition === chunk.definition);
    const to = next?.result.days[0] ? addDays(next.result.days[0].date, -1) : ends[chunk.source];
    const dates = calendarDays(first.date, to);
    const stateByDate = new Map(result.days.map((d) => [d.date, d.state]));
    let current = first.state;
    const state = dates.map((d) => (current = stateByDate.get(d) ?? current));
    // The topology is spliced in as the text the worker wrote (JSON.stringify of the parsed text would
    // give the same bytes; the driver parses and checks every file against its schema before publishing).
    const head = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      source: chunk.source,
      ...(chunk.definition ? { definition: chunk.definition } : {}),
      origin: chunk.origin,
      from: first.date,
      to,
      dates,
      state,
      topology: null,
    });
    const content = `${head.slice(0, -"null}".length)}${chunk.topology}}`;
    const path = `map/${chunk.source}${chunk.definition ? "-published" : ""}-${first.date}.json`;
    files.push({ path, content });
    refs.push({
      source: chunk.source,
      ...(chunk.definition ? { definition: chunk.definition } : {}),
      file: path,
      from: first.date,
      to,
      states: result.states.length,
      bytes: Buffer.byteLength(content),
    } as Omit<MapChunkRef, "gzipBytes">);
  });
  const gzipBytes = await Promise.all(
    files.map(async (f) => (await gzipAsync(f.content, { level: 9 })).length),
  );
  const index = {
    schemaVersion: SCHEMA_VERSION,
    sectors: SECTORS.map((s) => ({ id: s.id, name: s.name, bbox: s.bbox })),
    simplifyMetres: MAP_SIMPLIFY_METRES,
    chunks: refs.map((ref, i) => ({ ...ref, gzipBytes: gzipBytes[i]! })),
    notes: [
      "Shapes are the Russian-held area clipped to Ukraine's boundary, simplified (~50 m, topology kept) and quantized.",
      "NZZ's default chunks are like for like: its shape plus the areas held before 2022 as DeepState draws them (Crimea included), as territory.json's `nzz`; " +
        "the `definition: asPublished` chunks (map/nzz-published-*) are NZZ's shape with Crimea added, as `nzzAsPublished`.",
      "Days without a snapshot show the previous day's shape (see `carried` in territory.json).",
    ],
  };
  mapIndexSchema.parse(index);
  const indexContent = JSON.stringify(index);
  return [
    ...files.map((f, i) => ({ ...f, gzipBytes: gzipBytes[i]! })),
    {
      path: "map/index.json",
      content: indexContent,
      gzipBytes: (await gzipAsync(indexContent, { level: 9 })).length,
    },
  ];
}
