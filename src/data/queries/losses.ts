// public/data/losses.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { lossesFileSchema } from "../schemas/losses";
import { fetchJson } from "./fetch-json";

export const lossesQuery = () =>
  queryOptions({
    queryKey: ["data", "losses.json"],
    queryFn: ({ signal }) => fetchJson("data/losses.json", lossesFileSchema, signal),
  });

export function useLosses() {
  return useQuery(lossesQuery());
}
