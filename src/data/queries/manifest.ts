// public/data/manifest.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { manifestFileSchema } from "../schemas/manifest";
import { checkManifest } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const manifestQuery = () => dataFileQuery("manifest.json", manifestFileSchema, checkManifest);

export function useManifest() {
  return useQuery(manifestQuery());
}
