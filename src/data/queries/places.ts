// public/data/places.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { placesFileSchema } from "../schemas/places";
import { dataFileQuery } from "./data-file-query";

export const placesQuery = () => dataFileQuery("places.json", placesFileSchema);

export function usePlaces() {
  return useQuery(placesQuery());
}
