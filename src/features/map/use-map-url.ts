// The map's URL state (url-state.ts) read from and written to the address bar. Written against the
// shared UrlStateSpec; swap for src/filters' useUrlState once it lands (same behaviour).
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useFilters } from "../../filters/use-filters";
import { mapUrlSpec, type MapUrlState } from "./url-state";

/** Fired by src/filters/use-filters.ts after it changes the URL (pushState itself fires nothing). */
const URL_CHANGE_EVENT = "filters:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

export function useMapUrl() {
  const { filters, bounds } = useFilters();
  const range = filters.range;
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  const ctx = useMemo(() => ({ bounds, range }), [bounds, range]);
  const parsed = useMemo(() => {
    const notices: string[] = [];
    const state = mapUrlSpec.parse(new URLSearchParams(search), ctx, notices);
    return { state, notices };
  }, [search, ctx]);

  const update = useCallback(
    (patch: Partial<MapUrlState>, options: { replace?: boolean } = {}) => {
      const params = new URLSearchParams(window.location.search);
      const current = mapUrlSpec.parse(params, ctx, []);
      for (const key of mapUrlSpec.params) params.delete(key);
      for (const [k, v] of Object.entries(mapUrlSpec.serialize({ ...current, ...patch }, ctx)))
        params.set(k, v);
      const query = params.toString();
      const { pathname, hash } = window.location;
      const next = `${pathname}${query ? `?${query}` : ""}${hash}`;
      if (next === `${pathname}${window.location.search}${hash}`) return;
      window.history[options.replace ? "replaceState" : "pushState"](window.history.state, "", next);
      window.dispatchEvent(new Event(URL_CHANGE_EVENT));
    },
    [ctx],
  );
  return { state: parsed.state, notices: parsed.notices, update, range, bounds };
}
