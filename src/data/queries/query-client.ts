// The app's one QueryClient. Data files are static and versioned with the build, so once loaded
// they never go stale and need no refetch on focus or reconnect.
import { QueryClient } from "@tanstack/react-query";
import { shouldRetry } from "./fetch-json";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
