// public/data/map/index.json: small, loaded with the map. The chunks it lists (a few months of one
// source's geometry each) are loaded by the map itself (features/map/data/queries.ts), with the shared
// chunk schema and the bounds check against the basemap.
import { useQuery } from "@tanstack/react-query";
import { mapIndexSchema } from "../schemas/map";
import { checkMapIndex } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const mapIndexQuery = () => dataFileQuery("map/index.json", mapIndexSchema, checkMapIndex);

export function useMapIndex() {
  return useQuery(mapIndexQuery());
}
