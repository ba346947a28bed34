// The URL is the one home of shareable state. These hooks read it from window.location.search
// (re-rendering on back/forward) and write changes with pushState, so every change is a history
// entry and a link. The data's bounds come from the manifest, which the app shell loads before any
// panel renders (App mounts the page inside its Loaded, so the hooks always find it).
//
// A write reaches the history a frame later (write-behind): pushState is a round trip to the
// browser process, 2–9 ms on a busy machine, that the reader would otherwise wait for before the
// charts repaint. Until then every reader here sees the new URL (currentSearch, currentHref).
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { manifestQuery } from "../data/queries/manifest";
import { afterNextFrame } from "../lib/idle";
import { RANGE_PARAMS, rangeContextFromManifest, type DateRange, type RangeContext } from "./range";
import {
  mergeUrlState,
  parseUrlContext,
  parseUrlState,
  rangeSpec,
  type UrlContext,
  type UrlStateSpec,
} from "./url-state";

/** Fired on window after this module changes the URL (pushState itself fires nothing). */
const URL_CHANGE_EVENT = "url-state:change";

/** A change not yet in the history: the address it goes to, its query, and how it is written. */
interface PendingWrite {
  url: string;
  search: string;
  replace: boolean;
}
let pending: PendingWrite[] = [];
let cancelFlush: (() => void) | null = null;
/** Where frames do not run (a hidden tab), the writes go in after this long anyway. */
const FLUSH_AT_LATEST_MS = 200;

/** Writes the pending changes into the history, in order. */
export function flushUrlWrites(): void {
  cancelFlush?.();
  cancelFlush = null;
  const writes = pending;
  pending = [];
  for (const w of writes)
    window.history[w.replace ? "replaceState" : "pushState"](window.history.state, "", w.url);
}

function scheduleFlush(): void {
  if (cancelFlush) return;
  const cancelFrame = afterNextFrame(flushUrlWrites);
  const timer = setTimeout(flushUrlWrites, FLUSH_AT_LATEST_MS);
  cancelFlush = () => {
    cancelFrame();
    clearTimeout(timer);
  };
}

/** The query string as the app reads it: the latest change, written or not. */
export function currentSearch(): string {
  return pending.at(-1)?.search ?? window.location.search;
}

/** The page's address with the latest change (for links the reader copies). */
export function currentHref(): string {
  const last = pending.at(-1);
  return last ? new URL(last.url, window.location.href).href : window.location.href;
}

if (typeof window !== "undefined") {
  // Back or Forward moved through the history as written: changes still pending (within the
  // frame before it) are dropped rather than written on top of the entry the reader went to.
  window.addEventListener("popstate", () => {
    cancelFlush?.();
    cancelFlush = null;
    pending = [];
  });
  // Leaving the page (a link, closing the tab), or the reader's next press or key (which may follow
  // an in-page link, itself a history entry): the changes before it are written first.
  window.addEventListener("pagehide", flushUrlWrites);
  for (const type of ["pointerdown", "keydown"])
    window.addEventListener(type, flushUrlWrites, { capture: true, passive: true });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

const getServerSearch = () => "";

/**
 * The parameters in `params` of `search`, in that order: a feature's slice of the URL. Hooks read
 * their slice, not the whole query, so a change elsewhere (the map's day while it plays) does not
 * re-render them.
 */
export function pickParams(search: string, params: readonly string[]): string {
  const all = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of params) for (const value of all.getAll(key)) kept.append(key, value);
  return kept.toString();
}

/**
 * pickParams for the current query, computed once per query and slice: React reads every
 * subscriber's snapshot several times per change, and a dozen hooks read the URL.
 */
let snapshotSearch = "";
let snapshots = new Map<readonly string[], string>();
function currentSlice(params: readonly string[]): string {
  const search = currentSearch();
  if (search !== snapshotSearch) {
    snapshotSearch = search;
    snapshots = new Map();
  }
  let slice = snapshots.get(params);
  if (slice === undefined) snapshots.set(params, (slice = pickParams(search, params)));
  return slice;
}

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one (e.g. while dragging a brush). */
  replace?: boolean;
}

/** `state` as `spec` writes and reads it back under `ctx` (clamped, canonical), so it causes no notice. */
function normalize<T>(spec: UrlStateSpec<T>, state: T, ctx: UrlContext): T {
  return parseUrlState(spec, new URLSearchParams(spec.serialize(state, ctx)).toString(), ctx).state;
}

/** The features whose state depends on the range (src/app/url-states.ts registers them all). */
let rangeFollowers: readonly UrlStateSpec<unknown>[] = [];

/** Every feature's spec, so that a range change can rewrite what the new range leaves out. */
export function setRangeFollowers(specs: readonly UrlStateSpec<unknown>[]): void {
  rangeFollowers = specs;
}

/**
 * `query` after the range changed from `before.range` to `after.range`: each feature's state as the
 * reader had it, passed through its `followRange` (or clamped by its parser), written back where
 * the new range changed it. Without this a map day outside the new range stayed in the link and the
 * page blamed "the link's map day" for the reader's own preset click.
 */
function followRange(query: string, before: UrlContext, after: UrlContext): string {
  let out = query;
  for (const spec of rangeFollowers) {
    const kept = parseUrlState(spec, out, before).state;
    const next = normalize(spec, spec.followRange ? spec.followRange(kept, after) : kept, after);
    const written = new URLSearchParams(spec.serialize(next, after)).toString();
    if (pickParams(out, spec.params) !== pickParams(written, spec.params))
      out = mergeUrlState(out, spec, next, after);
  }
  return out;
}

/** Writes `state` for `spec` into the URL (keeping other parameters and the #hash). */
export function writeUrlState<T>(
  spec: UrlStateSpec<T>,
  state: T,
  ctx: UrlContext,
  options: UpdateOptions = {},
): void {
  // Normalise first (clamp, canonical order) so our own writes never produce notices.
  const normalized = normalize(spec, state, ctx);
  const { pathname, hash } = window.location;
  const search = currentSearch();
  const isRange = spec === (rangeSpec as unknown);
  // The range is rewritten too (as parsed), so a broken from/to in the link goes with the first change.
  const withRange = isRange ? search : mergeUrlState(search, rangeSpec, ctx.range, ctx);
  const merged = mergeUrlState(withRange, spec, normalized, ctx);
  const query = isRange ? followRange(merged, ctx, { ...ctx, range: normalized as DateRange }) : merged;
  if (`?${query}` === search || (query === "" && search === "")) return;
  const next = `${pathname}${query ? `?${query}` : ""}${hash}`;
  const last = pending.at(-1);
  const write = { url: next, search: query ? `?${query}` : "", replace: options.replace === true };
  // A replace of a change still pending takes its place (a push stays a push: one new entry).
  if (options.replace && last) pending[pending.length - 1] = { ...write, replace: last.replace };
  else pending.push(write);
  scheduleFlush();
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/**
 * The data's bounds and the presets' anchor day, from the manifest. Only for components mounted
 * once the manifest has loaded (App renders the page inside its `Loaded`), so it is always there.
 */
export function useRangeContext(): RangeContext {
  const { data } = useQuery({ ...manifestQuery(), select: rangeContextFromManifest });
  // select returns a new object each time the manifest is re-read; key it on its days.
  const bounds = data?.bounds;
  const anchor = data?.anchor;
  const ctx = useMemo(() => (bounds && anchor ? { bounds, anchor } : null), [bounds, anchor]);
  if (!ctx) throw new Error("The date range was read before manifest.json had loaded.");
  return ctx;
}

/**
 * The query string's `params` (all of it without), re-rendering only when they change. `params`
 * must be a module constant (or memoised).
 */
export function useSearch(params?: readonly string[]): string {
  const getSnapshot = useCallback(() => (params ? currentSlice(params) : currentSearch()), [params]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSearch);
}

/** The global range and the context feature parsers get, parsed from the current URL. */
export function useUrlContext(): { ctx: UrlContext; notices: string[] } {
  const rangeCtx = useRangeContext();
  const search = useSearch(RANGE_PARAMS);
  return useMemo(() => {
    const { state, notices } = parseUrlContext(search, rangeCtx);
    return { ctx: state, notices };
  }, [search, rangeCtx]);
}

export interface UseRange {
  range: DateRange;
  bounds: DateRange;
  /** The day presets and the default end on (see range.ts). */
  anchor: DateRange["to"];
  update: (range: DateRange, options?: UpdateOptions) => void;
}

export function useRange(): UseRange {
  const { ctx } = useUrlContext();
  const { range, bounds, anchor } = ctx;
  const update = useRangeUpdate();
  return useMemo(() => ({ range, bounds, anchor, update }), [range, bounds, anchor, update]);
}

/** useRange's `update` alone: it does not re-render its caller when the range changes. */
export function useRangeUpdate(): UseRange["update"] {
  const rangeCtx = useRangeContext();
  return useCallback(
    (next: DateRange, options?: UpdateOptions) => {
      // Read the URL afresh: several updates may run before the next render.
      const current = parseUrlContext(currentSearch(), rangeCtx).state;
      writeUrlState(rangeSpec, next, current, options);
    },
    [rangeCtx],
  );
}

export interface UseUrlState<T> {
  state: T;
  /** Changes some fields; the rest stay as they are. */
  update: (patch: Partial<T>, options?: UpdateOptions) => void;
}

/**
 * The state `spec` last parsed to, if `state` has the same content: a range change re-parses every
 * feature's state, and a new but equal object would redraw panels that did not change.
 */
const lastStates = new WeakMap<object, { key: string; state: unknown }>();
function sameAsBefore<T>(spec: UrlStateSpec<T>, state: T): T {
  const key = JSON.stringify(state);
  const last = lastStates.get(spec);
  if (last?.key === key) return last.state as T;
  lastStates.set(spec, { key, state });
  return state;
}

/** A feature's state, read from and written to its own URL parameters. `spec` must be a module constant. */
export function useUrlState<T>(spec: UrlStateSpec<T>): UseUrlState<T> {
  const rangeCtx = useRangeContext();
  // Its parser sees the range (its context) and its own parameters, nothing else.
  const params = useMemo(() => [...RANGE_PARAMS, ...spec.params], [spec]);
  const search = useSearch(params);
  const state = useMemo(() => {
    const ctx = parseUrlContext(search, rangeCtx).state;
    return sameAsBefore(spec, parseUrlState(spec, search, ctx).state);
  }, [spec, search, rangeCtx]);
  const update = useCallback(
    (patch: Partial<T>, options?: UpdateOptions) => {
      const search = currentSearch();
      const ctx = parseUrlContext(search, rangeCtx).state;
      const current = parseUrlState(spec, search, ctx).state;
      writeUrlState(spec, { ...current, ...patch }, ctx, options);
    },
    [spec, rangeCtx],
  );
  return useMemo(() => ({ state, update }), [state, update]);
}

/** Every notice the current link causes: the range's, then each feature's, without repeats. */
export function useUrlNotices(specs: readonly UrlStateSpec<unknown>[]): string[] {
  const rangeCtx = useRangeContext();
  const search = useSearch();
  return useMemo(() => {
    const { state: ctx, notices } = parseUrlContext(search, rangeCtx);
    const all = [...notices, ...specs.flatMap((spec) => parseUrlState(spec, search, ctx).notices)];
    return [...new Set(all)];
  }, [search, rangeCtx, specs]);
}
