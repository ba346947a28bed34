// public/data/oryx.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { oryxFileSchema } from "../schemas/oryx";
import { checkOryx } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const oryxQuery = () => dataFileQuery("oryx.json", oryxFileSchema, checkOryx);

export function useOryx() {
  return useQuery(oryxQuery());
}
