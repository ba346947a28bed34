// public/data/map/: the index is small and loaded with the map; each chunk (a few months of one
// source's geometry) is fetched only when the map shows a day inside it.
import { useQuery } from "@tanstack/react-query";
import { mapChunkSchema, mapIndexSchema } from "../schemas/map";
import { checkMapIndex } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const mapIndexQuery = () => dataFileQuery("map/index.json", mapIndexSchema, checkMapIndex);

export function useMapIndex() {
  return useQuery(mapIndexQuery());
}

/** `file` is relative to public/data/, as listed in the index, e.g. "map/deepstate-2023-07-01.json". */
export const mapChunkQuery = (file: string) => dataFileQuery(file, mapChunkSchema);

/** The chunk, or nothing while `file` is undefined (no day chosen yet). */
export function useMapChunk(file: string | undefined) {
  return useQuery({ ...mapChunkQuery(file ?? ""), enabled: file !== undefined });
}
