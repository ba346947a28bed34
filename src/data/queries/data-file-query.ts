// The query options of one public/data file: its path is both the cache key and the URL, so the
// two cannot drift apart. Static files never go stale (staleTime is set on the QueryClient).
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod/mini";
import type { CheckFailure } from "../checks/series-checks";
import { fetchJson } from "./fetch-json";

/**
 * `file` is relative to public/data/, e.g. "losses.json" or "map/deepstate-2023-07-01.json";
 * `check` is its semantic check (src/data/checks/data-checks.ts), run after the schema.
 */
export function dataFileQuery<S extends z.core.$ZodType>(
  file: string,
  schema: S,
  check?: (data: z.output<S>) => CheckFailure | null,
) {
  // The path alone identifies the data: each file has exactly one schema and check, and neither
  // can be serialised into a cache key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ["data", file],
    queryFn: ({ signal }) => fetchJson(`data/${file}`, schema, signal, check),
  });
}
