// The map chunks the view needs: each source on the day the change counts from and on the slider's
// day (four files at most, often fewer), loaded with TanStack Query; the chunks next to the day's
// prefetched in idle time; what is missing offline; and the shapes of the days around the one shown
// (measured and drawn ahead).
import { useQueries, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import type { IsoDate } from "../../../data/schemas/common";
import type { MapChunk, MapIndex, MapSource } from "../../../data/schemas/map";
import { DataLoadError } from "../../../data/queries/fetch-json";
import type { DateRange } from "../../../filters/range";
import { addDays, diffDays } from "../../../lib/dates";
import { useOnline } from "../../../lib/use-online";
import { baselineOf } from "../../../lib/windows";
import { runWhenIdle } from "../background/idle-work";
import { chunkRefFor, neighbourRefs, stateOn, type ShapeInput } from "../data/chunks";
import { chunkQuery } from "../data/queries";
import { MAP_SOURCES } from "../sources";
import { definitionFor, type MapUrlState } from "../url-state";

/** A source on the day the change counts from, or on the slider's day. */
export type Slot = `${MapSource}@${"from" | "day"}`;
/** Each slot's shape: undefined while its chunk loads, null where the source has no map that day. */
export type SlotInputs = Record<Slot, ShapeInput | null | undefined>;
/** Pairs of shapes of the days around the one shown, nearest first. */
export type AheadPairs = [ShapeInput | null, ShapeInput | null][];

/** Days on each side of the one shown whose km² are measured (and paths drawn) ahead. */
const AHEAD_DAYS = 12;

/** The two layers drawn: a source's two days (change), or both sources on the day (disagree). */
export const shownSlots = (state: Pick<MapUrlState, "mode" | "src">): [Slot, Slot] =>
  state.mode === "change" ? [`${state.src}@from`, `${state.src}@day`] : ["deepstate@day", "nzz@day"];

const isNetworkError = (error: unknown) => error instanceof DataLoadError && error.kind === "network";

export interface MapChunks {
  inputs: SlotInputs;
  /** The day the change is measured from: the day before the range, or the source's first map. */
  baseShown: IsoDate;
  loading: boolean;
  /** Files not saved for offline use that the view needs (offline only). */
  offlineMissing: string[];
  chunkError: Error | undefined;
  retry: () => void;
  /** When the last chunk arrived (epoch ms; 0 before any). */
  updatedAt: number;
  /** While a slot's chunk loads, the nearest day of that source already loaded (null: none). */
  nearestLoaded: (slot: Slot) => ShapeInput | null;
  /** The days around the one shown, inside the range, nearest first. */
  aheadDays: () => IsoDate[];
  /** The shapes drawn on those days, where their chunks are loaded. */
  aheadPairs: () => AheadPairs;
}

export function useMapChunks({
  index,
  range,
  day,
  state,
}: {
  index: MapIndex;
  range: DateRange;
  day: IsoDate;
  state: MapUrlState;
}): MapChunks {
  const queryClient = useQueryClient();
  const from = range.from;
  const baseDay = baselineOf(range);
  const nzzDef = definitionFor("nzz", state);
  const slots = useMemo(() => {
    const out: { slot: Slot; source: MapSource; day: IsoDate; file: string | undefined }[] = [];
    for (const source of MAP_SOURCES)
      for (const [which, d] of [
        // The change over the range counts from the day before it (lib/windows.ts), or from the
        // source's first map when the range starts on it.
        ["from", chunkRefFor(index, source, baseDay) ? baseDay : from],
        ["day", day],
      ] as const)
        out.push({
          slot: `${source}@${which}`,
          source,
          day: d,
          file: chunkRefFor(index, source, d, source === "nzz" ? nzzDef : "likeForLike")?.file,
        });
    return out;
  }, [index, from, baseDay, day, nzzDef]);
  const slotOf = (slot: Slot) => slots.find((x) => x.slot === slot)!;
  const files = [...new Set(slots.map((s) => s.file).filter((f): f is string => !!f))];
  // The same options object while the files stay the same: useQueries re-derives them otherwise.
  const filesKey = files.join("\n");
  const chunkQueries = useMemo(
    () => (filesKey ? filesKey.split("\n") : []).map((f) => chunkQuery(f)),
    [filesKey],
  );
  const results = useQueries({ queries: chunkQueries });
  const chunkByFile = new Map<string, MapChunk>();
  files.forEach((f, i) => {
    const data = results[i]?.data;
    if (data) chunkByFile.set(f, data);
  });
  const loading = files.some((f) => !chunkByFile.has(f));
  // Offline, a chunk that was not saved fails (or waits, if the connection went mid-visit): the map
  // says which days it has instead of showing an error, and loads it when the connection returns.
  const online = useOnline();
  const offlineMissing = online
    ? []
    : files.filter((_, i) => {
        const r = results[i];
        return r?.fetchStatus === "paused" || (r?.status === "error" && isNetworkError(r.error));
      });
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current)
      void queryClient.refetchQueries({
        predicate: (q) => q.queryKey[0] === "data" && q.state.status === "error",
      });
    wasOnline.current = online;
  }, [online, queryClient]);

  // Prefetch the chunks next to the day's, so that playing or scrubbing on does not wait (once the
  // day's own chunks are in: on two cores they would compete with them). In idle time: a step's
  // effects run before its frame. Not offline: a chunk not saved would only fail.
  useEffect(() => {
    if (loading || !online) return;
    return runWhenIdle(
      () => MAP_SOURCES.map((source) => chunkRefFor(index, source, day, definitionFor(source, state))),
      (ref) => {
        if (ref)
          for (const n of neighbourRefs(index, ref)) void queryClient.prefetchQuery(chunkQuery(n.file));
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- definitionFor follows nzzDef
  }, [index, day, queryClient, loading, online, nzzDef]);

  const input = (slot: Slot): ShapeInput | null | undefined => {
    const s = slotOf(slot);
    if (!s.file) return null; // the source does not cover that day
    const chunk = chunkByFile.get(s.file);
    if (!chunk) return undefined; // loading
    const i = stateOn(chunk, s.day);
    return i < 0 ? null : { chunk, state: i };
  };
  const inputs = {
    "deepstate@from": input("deepstate@from"),
    "deepstate@day": input("deepstate@day"),
    "nzz@from": input("nzz@from"),
    "nzz@day": input("nzz@day"),
  } satisfies SlotInputs;

  const loadedChunk = (file: string) => queryClient.getQueryData(chunkQuery(file).queryKey);
  const aheadDays = () => daysAround(day, range);
  return {
    inputs,
    baseShown: slotOf(`${state.src}@from`).day,
    loading,
    offlineMissing,
    chunkError: results.find((r) => r.status === "error")?.error ?? undefined,
    retry: () => results.forEach((r) => void r.refetch()),
    updatedAt: Math.max(0, ...results.map((r) => r.dataUpdatedAt)),
    nearestLoaded: (slot) => nearestLoadedShape(index, loadedChunk, slotOf(slot)),
    aheadDays,
    aheadPairs: () =>
      aheadPairsOf(
        aheadDays(),
        shownSlots(state),
        (slot, d) => {
          const [source, which] = slot.split("@") as [MapSource, "from" | "day"];
          const on = which === "from" ? slotOf(slot).day : d;
          const ref = chunkRefFor(index, source, on, definitionFor(source, state));
          return ref ? { file: ref.file, day: on } : null;
        },
        loadedChunk,
      ),
  };
}

/**
 * While a chunk loads, the map keeps showing the nearest day of that source it has (the day
 * before, when the slider crosses into a chunk not yet here) rather than blanking.
 */
function nearestLoadedShape(
  index: MapIndex,
  loaded: (file: string) => MapChunk | undefined,
  s: { source: MapSource; day: IsoDate },
): ShapeInput | null {
  let best: ShapeInput | null = null;
  let bestGap = Infinity;
  for (const ref of index.chunks) {
    if (ref.source !== s.source) continue;
    const chunk = loaded(ref.file);
    if (!chunk || chunk.dates.length === 0) continue;
    const i = s.day < chunk.dates[0]! ? 0 : chunk.dates.length - 1;
    const gap = Math.abs(diffDays(chunk.dates[i]!, s.day));
    if (gap < bestGap) {
      bestGap = gap;
      best = { chunk, state: chunk.state[i]! };
    }
  }
  return best;
}

/**
 * The days around the one shown, inside the range, nearest first: their km² are measured ahead, so
 * that a slider step finds them ready and draws them with the map in one render.
 */
function daysAround(day: IsoDate, range: DateRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let i = 1; i <= AHEAD_DAYS; i++)
    for (const d of [addDays(day, -i), addDays(day, i)]) if (d >= range.from && d <= range.to) days.push(d);
  return days;
}

/** The pairs drawn on `days` whose chunks are loaded (each chunk looked up once). */
function aheadPairsOf(
  days: readonly IsoDate[],
  [aSlot, bSlot]: [Slot, Slot],
  refOn: (slot: Slot, day: IsoDate) => { file: string; day: IsoDate } | null,
  loadedChunk: (file: string) => MapChunk | undefined,
): AheadPairs {
  const seen = new Map<string, MapChunk | undefined>();
  const loaded = (file: string) => {
    if (!seen.has(file)) seen.set(file, loadedChunk(file));
    return seen.get(file);
  };
  const inputOn = (slot: Slot, d: IsoDate): ShapeInput | null | undefined => {
    const ref = refOn(slot, d);
    if (!ref) return null;
    const chunk = loaded(ref.file);
    if (!chunk) return undefined;
    const s = stateOn(chunk, ref.day);
    return s < 0 ? null : { chunk, state: s };
  };
  const pairs: AheadPairs = [];
  for (const d of days) {
    const a = inputOn(aSlot, d);
    const b = inputOn(bSlot, d);
    if (a !== undefined && b !== undefined) pairs.push([a, b]);
  }
  return pairs;
}
