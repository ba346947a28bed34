// public/data/territory.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { territoryFileSchema } from "../schemas/territory";
import { checkTerritory } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const territoryQuery = () => dataFileQuery("territory.json", territoryFileSchema, checkTerritory);

export function useTerritory() {
  return useQuery(territoryQuery());
}
