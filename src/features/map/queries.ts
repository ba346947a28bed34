// public/data/basemap.json (the map's background), fetched with the map.
import { useQuery } from "@tanstack/react-query";
import { basemapFileSchema } from "../../data/schemas/basemap";
import { dataFileQuery } from "../../data/queries/data-file-query";

export const basemapQuery = () => dataFileQuery("basemap.json", basemapFileSchema);

export function useBasemap() {
  return useQuery(basemapQuery());
}
