// The URL is the one home of the filters. This hook reads them from window.location.search
// (re-rendering on back/forward) and writes changes with pushState, so every change is a
// history entry and a shareable link. The data's bounds come from the manifest, which the app
// shell loads before any panel renders (the hook suspends until it is there).
import { useSuspenseQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { manifestQuery } from "../data/queries/manifest";
import type { DateRange, Filters } from "./filters";
import { mergeFilterParams, parseFilters, serializeFilters } from "./parse-filters";

/** Fired on window after this module changes the URL (pushState itself fires nothing). */
const URL_CHANGE_EVENT = "filters:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;
const getServerSearch = () => "";

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one (e.g. while dragging a brush). */
  replace?: boolean;
}

export interface UseFilters {
  filters: Filters;
  /** What the URL asked for that could not be honoured, in plain language. */
  notices: string[];
  /** Changes some filters; the rest stay as they are. */
  update: (patch: Partial<Filters>, options?: UpdateOptions) => void;
  /** The data's first and last day (the limits of every range). */
  bounds: DateRange;
}

/** Writes `filters` into the URL (keeping other parameters and the #hash). Exported for tests. */
export function writeFilters(filters: Filters, bounds: DateRange, options: UpdateOptions = {}): void {
  // Normalise first (swap a reversed range, clamp to the data) so our own writes never cause notices.
  const normalized = parseFilters(serializeFilters(filters, bounds), bounds).filters;
  const { pathname, hash, search } = window.location;
  const query = mergeFilterParams(search, normalized, bounds);
  const next = `${pathname}${query ? `?${query}` : ""}${hash}`;
  if (`?${query}` === search || (query === "" && search === "")) return;
  window.history[options.replace ? "replaceState" : "pushState"](window.history.state, "", next);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

export function useFilters(): UseFilters {
  const { data: bounds } = useSuspenseQuery({ ...manifestQuery(), select: (m) => m.bounds });
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const parsed = useMemo(() => parseFilters(search, bounds), [search, bounds]);

  const update = useCallback(
    (patch: Partial<Filters>, options?: UpdateOptions) => {
      // Read the URL afresh: several updates may run before the next render.
      const current = parseFilters(window.location.search, bounds).filters;
      writeFilters({ ...current, ...patch }, bounds, options);
    },
    [bounds],
  );

  return useMemo(
    () => ({ filters: parsed.filters, notices: parsed.notices, update, bounds }),
    [parsed, update, bounds],
  );
}
