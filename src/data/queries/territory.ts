// public/data/territory.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { territoryFileSchema } from "../schemas/territory";
import { fetchJson } from "./fetch-json";

export const territoryQuery = () =>
  queryOptions({
    queryKey: ["data", "territory.json"],
    queryFn: ({ signal }) => fetchJson("data/territory.json", territoryFileSchema, signal),
  });

export function useTerritory() {
  return useQuery(territoryQuery());
}
