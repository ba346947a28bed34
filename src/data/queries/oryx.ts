// public/data/oryx.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { oryxFileSchema } from "../schemas/oryx";
import { dataFileQuery } from "./data-file-query";

export const oryxQuery = () => dataFileQuery("oryx.json", oryxFileSchema);

export function useOryx() {
  return useQuery(oryxQuery());
}
