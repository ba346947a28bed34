// public/data/events.json, loaded once per session (a static file: it never goes stale).
import { queryOptions, useQuery } from "@tanstack/react-query";
import { eventsFileSchema } from "../schemas/events";
import { fetchJson } from "./fetch-json";

export const eventsQuery = () =>
  queryOptions({
    queryKey: ["data", "events.json"],
    queryFn: ({ signal }) => fetchJson("data/events.json", eventsFileSchema, signal),
  });

export function useEvents() {
  return useQuery(eventsQuery());
}
