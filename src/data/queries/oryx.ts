// public/data/oryx.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { oryxFileSchema } from "../schemas/oryx";
import { fetchJson } from "./fetch-json";

export const oryxQuery = () =>
  queryOptions({
    queryKey: ["data", "oryx.json"],
    queryFn: ({ signal }) => fetchJson("data/oryx.json", oryxFileSchema, signal),
  });

export function useOryx() {
  return useQuery(oryxQuery());
}
