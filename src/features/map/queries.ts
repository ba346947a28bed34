// The map's own data queries: basemap.json (its background) and the geometry chunks.
import { useQuery } from "@tanstack/react-query";
import { basemapFileSchema } from "../../data/schemas/basemap";
import { dataFileQuery } from "../../data/queries/data-file-query";
import { appMapChunkSchema } from "./chunk-schema";

export const basemapQuery = () => dataFileQuery("basemap.json", basemapFileSchema);

export function useBasemap() {
  return useQuery(basemapQuery());
}

/** A chunk of map geometry, parsed with the app's fast chunk schema (see chunk-schema.ts). */
export const chunkQuery = (file: string) => dataFileQuery(file, appMapChunkSchema);
