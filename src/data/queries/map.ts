// public/data/map/: the index is small and loaded with the map; each chunk (a few months of one
// source's geometry) is fetched only when the map shows a day inside it.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { mapChunkSchema, mapIndexSchema } from "../schemas/map";
import { fetchJson } from "./fetch-json";

export const mapIndexQuery = () =>
  queryOptions({
    queryKey: ["data", "map/index.json"],
    queryFn: ({ signal }) => fetchJson("data/map/index.json", mapIndexSchema, signal),
  });

export function useMapIndex() {
  return useQuery(mapIndexQuery());
}

/** `file` is relative to public/data/, as listed in the index, e.g. "map/deepstate-2023-07-01.json". */
export const mapChunkQuery = (file: string) =>
  queryOptions({
    queryKey: ["data", file],
    queryFn: ({ signal }) => fetchJson(`data/${file}`, mapChunkSchema, signal),
  });

/** The chunk, or nothing while `file` is undefined (no day chosen yet). */
export function useMapChunk(file: string | undefined) {
  return useQuery({ ...mapChunkQuery(file ?? ""), enabled: file !== undefined });
}
