// public/data/events.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { eventsFileSchema } from "../schemas/events";
import { checkEvents } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const eventsQuery = () => dataFileQuery("events.json", eventsFileSchema, checkEvents);

export function useEvents() {
  return useQuery(eventsQuery());
}
