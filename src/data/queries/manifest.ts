// public/data/manifest.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { manifestFileSchema } from "../schemas/manifest";
import { fetchJson } from "./fetch-json";

export const manifestQuery = () =>
  queryOptions({
    queryKey: ["data", "manifest.json"],
    queryFn: ({ signal }) => fetchJson("data/manifest.json", manifestFileSchema, signal),
  });

export function useManifest() {
  return useQuery(manifestQuery());
}
