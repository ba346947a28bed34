// The measured size of each listed change of method, gathered from the source files that measure
// them (each step writes its own source's measures beside its series). Reads only files already in
// the query cache: the Sources section never loads a heavy file for its table.
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useSyncExternalStore } from "react";
import type { MethodChangeMeasure } from "../../data/schemas/method-changes";

/** The data files whose `methodChanges` field holds measures. */
const MEASURED_FILES = ["losses.json", "oryx.json", "territory.json"];

export function useMethodChangeMeasures(): readonly MethodChangeMeasure[] {
  const client = useQueryClient();
  // A string that changes when any of the files arrives: a stable snapshot for React.
  const version = useSyncExternalStore(
    (notify) => client.getQueryCache().subscribe(notify),
    () => MEASURED_FILES.map((f) => client.getQueryState(["data", f])?.dataUpdatedAt ?? 0).join(","),
    () => "",
  );
  return useMemo(
    () =>
      version
        ? MEASURED_FILES.flatMap(
            (file) =>
              client.getQueryData<{ methodChanges?: MethodChangeMeasure[] }>(["data", file])?.methodChanges ??
              [],
          )
        : [],
    [client, version],
  );
}
