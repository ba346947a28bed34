// The map's own data queries: basemap.json (its background) and the geometry chunks.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { checkBasemap, checkMapChunk, ukraineBounds } from "../../../data/checks/data-checks";
import { basemapFileSchema } from "../../../data/schemas/basemap";
import { checkFailedError, fetchJson } from "../../../data/queries/fetch-json";
import { dataFileQuery } from "../../../data/queries/data-file-query";
import { mapChunkSchema } from "../../../data/schemas/map";

export const basemapQuery = () => dataFileQuery("basemap.json", basemapFileSchema, checkBasemap);

export function useBasemap() {
  return useQuery(basemapQuery());
}

/**
 * A chunk of map geometry, parsed with the shared chunk schema (src/data/schemas/map.ts) and checked
 * against Ukraine's bounds as the basemap draws them (the map has the basemap before it asks for a
 * chunk, so waiting for it costs nothing).
 */
export const chunkQuery = (file: string) =>
  queryOptions({
    queryKey: dataFileQuery(file, mapChunkSchema).queryKey,
    queryFn: async ({ signal, client }) => {
      const [chunk, basemap] = await Promise.all([
        fetchJson(`data/${file}`, mapChunkSchema, signal),
        client.ensureQueryData(basemapQuery()),
      ]);
      const failure = checkMapChunk(chunk, ukraineBounds(basemap));
      if (failure) throw checkFailedError(`data/${file}`, failure);
      return chunk;
    },
  });
