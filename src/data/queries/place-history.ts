// public/data/place-history.json, loaded only when a reader asks about a place (a static file: it
// never goes stale).
import { useQuery } from "@tanstack/react-query";
import { placeHistoryFileSchema } from "../schemas/place-history";
import { dataFileQuery } from "./data-file-query";

export const placeHistoryQuery = () => dataFileQuery("place-history.json", placeHistoryFileSchema);

/** `enabled`: false until the reader asks (the file is not needed for the page's first charts). */
export function usePlaceHistory(enabled: boolean) {
  return useQuery({ ...placeHistoryQuery(), enabled });
}
