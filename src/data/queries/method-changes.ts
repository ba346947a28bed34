// public/data/method-changes.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { methodChangesFileSchema } from "../schemas/method-changes";
import { dataFileQuery } from "./data-file-query";

export const methodChangesQuery = () => dataFileQuery("method-changes.json", methodChangesFileSchema);

export function useMethodChanges() {
  return useQuery(methodChangesQuery());
}
