// public/data/territory.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { territoryFileSchema } from "../schemas/territory";
import { dataFileQuery } from "./data-file-query";

export const territoryQuery = () => dataFileQuery("territory.json", territoryFileSchema);

export function useTerritory() {
  return useQuery(territoryQuery());
}
