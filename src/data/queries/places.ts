// public/data/places.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { placesFileSchema } from "../schemas/places";
import { fetchJson } from "./fetch-json";

export const placesQuery = () =>
  queryOptions({
    queryKey: ["data", "places.json"],
    queryFn: ({ signal }) => fetchJson("data/places.json", placesFileSchema, signal),
  });

export function usePlaces() {
  return useQuery(placesQuery());
}
