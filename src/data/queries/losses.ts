// public/data/losses.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { lossesFileSchema } from "../schemas/losses";
import { checkLosses } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const lossesQuery = () => dataFileQuery("losses.json", lossesFileSchema, checkLosses);

export function useLosses() {
  return useQuery(lossesQuery());
}
