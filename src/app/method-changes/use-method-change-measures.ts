// The measured size of each listed change of method, gathered from the source files that measure
// them (each step writes its own source's measures beside its series). Reads only files already in
// the query cache: the Sources section never loads a heavy file for its table.
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useSyncExternalStore } from "react";
import type { MethodChangeMeasure, MethodChangeSource } from "../../data/schemas/method-changes";

/** The data file whose `methodChanges` field holds each source's measures. */
export const MEASURED_IN: Record<MethodChangeSource, string> = {
  generalStaff: "losses.json",
  oryx: "oryx.json",
  nzz: "territory.json",
  deepstate: "territory.json",
};
const MEASURED_FILES = [...new Set(Object.values(MEASURED_IN))];

export interface MethodChangeMeasures {
  measures: readonly MethodChangeMeasure[];
  /** The sources whose file has loaded, so a missing measure means "none", not "not loaded yet". */
  loaded: ReadonlySet<MethodChangeSource>;
}

export function useMethodChangeMeasures(): MethodChangeMeasures {
  const client = useQueryClient();
  // A string that changes when any of the files arrives: a stable snapshot for React.
  const version = useSyncExternalStore(
    (notify) => client.getQueryCache().subscribe(notify),
    () => MEASURED_FILES.map((f) => client.getQueryState(["data", f])?.dataUpdatedAt ?? 0).join(","),
    () => "",
  );
  return useMemo(() => {
    const data = (file: string) =>
      client.getQueryData<{ methodChanges?: MethodChangeMeasure[] }>(["data", file]);
    return {
      measures: version ? MEASURED_FILES.flatMap((file) => data(file)?.methodChanges ?? []) : [],
      loaded: new Set(
        (Object.keys(MEASURED_IN) as MethodChangeSource[]).filter((s) => data(MEASURED_IN[s]) !== undefined),
      ),
    };
  }, [client, version]);
}
