// public/data/claims.json, loaded once per session (a static file: it never goes stale).
import { useQuery } from "@tanstack/react-query";
import { claimsFileSchema } from "../schemas/claims";
import { checkClaims } from "../checks/data-checks";
import { dataFileQuery } from "./data-file-query";

export const claimsQuery = () => dataFileQuery("claims.json", claimsFileSchema, checkClaims);

export function useClaims() {
  return useQuery(claimsQuery());
}
