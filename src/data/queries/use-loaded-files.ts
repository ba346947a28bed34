// The data files this page has loaded so far (successful queries of dataFileQuery), so the
// Sources section lists what the reader actually downloaded, not every file in the dataset
// (the map's chunks load only when the map is used).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";

export function useLoadedDataFiles(): string[] {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot, so that React sees a change only when the list changes.
  const snapshot = useCallback(
    () =>
      cache
        .getAll()
        .filter((q) => q.queryKey[0] === "data" && q.state.status === "success")
        .map((q) => String(q.queryKey[1]))
        .sort()
        .join("\n"),
    [cache],
  );
  const joined = useSyncExternalStore(subscribe, snapshot, snapshot);
  return joined === "" ? [] : joined.split("\n");
}
