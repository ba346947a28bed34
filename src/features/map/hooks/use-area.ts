// km² of two shapes inside a box, measured by area.worker.ts. Returns undefined while measuring
// (the previous figures stay on screen meanwhile, so the legend does not flicker while playing).
// Results are kept per (shape, shape, box), and the days next to the one shown can be measured
// ahead: a slider step then finds its figures at once and draws them in the same frame as the map,
// instead of a second render when the worker answers.
import { useEffect, useRef, useState } from "react";
import type { MapChunk } from "../../../data/schemas/map";
import type { AreaResponse, ShapeRef } from "../background/area-messages";
import type { PairAreas } from "../derive/derive-area";
import type { BBox } from "../../../lib/geometry";
import { runWhenIdle } from "../background/idle-work";
import type { ShapeInput } from "../data/chunks";
import type { MapUrlState } from "../url-state";
import { shownSlots, type MapChunks } from "./use-map-chunks";

let worker: Worker | undefined;
const sent = new WeakSet<MapChunk["topology"]>();
const listeners = new Map<number, (r: AreaResponse) => void>();
let nextId = 1;
/** Measured pairs, by pairKey; the oldest go first beyond MAX_KEPT. */
const measured = new Map<string, PairAreas>();
const MAX_KEPT = 4000;
/** Pairs asked for ahead and not answered yet, with their request ids. */
const pendingAhead = new Map<string, number>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("../background/area.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<AreaResponse>) => {
      listeners.get(e.data.id)?.(e.data);
      listeners.delete(e.data.id);
    };
  }
  return worker;
}

export type { ShapeInput };

export type AreaResult =
  { status: "ok"; areas: PairAreas; key: string } | { status: "error"; message: string; key: string };

const fileOf = (input: ShapeInput) =>
  `${input.chunk.source}${input.chunk.definition ? `-${input.chunk.definition}` : ""}-${input.chunk.from}`;
const shapeKey = (input: ShapeInput | null) => (input ? `${fileOf(input)}#${input.state}` : "-");
/** Names a measurement: both shapes and the box. */
export const pairKey = (a: ShapeInput | null, b: ShapeInput | null, box: BBox) =>
  `${shapeKey(a)}|${shapeKey(b)}|${box.join(",")}`;

function remember(key: string, areas: PairAreas) {
  measured.delete(key);
  measured.set(key, areas);
  if (measured.size > MAX_KEPT) measured.delete(measured.keys().next().value!);
}

/** Sends the shape's chunk to the worker the first time it is needed. */
function refOf(w: Worker, input: ShapeInput | null): ShapeRef | null {
  if (!input) return null;
  const file = fileOf(input);
  if (!sent.has(input.chunk.topology)) {
    w.postMessage({ type: "chunk", file, topology: input.chunk.topology });
    sent.add(input.chunk.topology);
  }
  return { file, state: input.state };
}

/**
 * The worker forgets what it had queued ahead for an earlier day or box (scrubbing far, or a new
 * box: on all of Ukraine a measure takes ~100 ms, and 24 stale ones held the worker for seconds).
 */
function dropAhead(w: Worker) {
  if (pendingAhead.size === 0) return;
  w.postMessage({ type: "drop-ahead" });
  for (const id of pendingAhead.values()) listeners.delete(id);
  pendingAhead.clear();
}

/** Asks the worker for one pair not measured or asked for yet. */
function measureAhead(w: Worker, [a, b]: Pairs[number], box: BBox) {
  const key = pairKey(a, b, box);
  if (measured.has(key) || pendingAhead.has(key)) return;
  const id = nextId++;
  pendingAhead.set(key, id);
  listeners.set(id, (r) => {
    pendingAhead.delete(key);
    if ("areas" in r) remember(key, r.areas);
  });
  w.postMessage({ type: "measure", id, a: refOf(w, a), b: refOf(w, b), box, ahead: true });
}

type Pairs = readonly (readonly [ShapeInput | null, ShapeInput | null])[];
let cancelAhead = () => {};

/**
 * Measures ahead once the main thread is idle (posting, and a chunk's first copy to the worker,
 * stay out of the step), for the latest day only; the worker drops what it queued for earlier ones.
 * A box wider than AHEAD_WIDE_DEG² (all of Ukraine, ~100 ms a measure) gets only the nearest
 * AHEAD_WIDE pairs.
 */
function askAhead(pairs: () => Pairs, box: BBox) {
  cancelAhead();
  const wide = (box[2] - box[0]) * (box[3] - box[1]) > AHEAD_WIDE_DEG2;
  cancelAhead = runWhenIdle(
    () => {
      const w = getWorker();
      dropAhead(w);
      const all = pairs();
      return (wide ? all.slice(0, AHEAD_WIDE) : all).map((p) => () => measureAhead(w, p, box));
    },
    (ask) => ask(),
  );
}
/** A box larger than this (degrees²) is measured ahead for the nearest AHEAD_WIDE pairs only. */
const AHEAD_WIDE_DEG2 = 25;
const AHEAD_WIDE = 4;

/**
 * `key` names what was measured so a caller can tell a stale result (kept while measuring).
 * `ahead`: the pairs worth measuring next (the days around the one shown), asked for after the step.
 */
export function useAreas(
  a: ShapeInput | null,
  b: ShapeInput | null,
  box: BBox | null,
  key: string,
  ahead?: () => Pairs,
): AreaResult | undefined {
  const [result, setResult] = useState<AreaResult | undefined>(undefined);
  const latest = useRef(0);
  const known = box ? measured.get(pairKey(a, b, box)) : undefined;
  const boxKey = box?.join(",");
  useEffect(() => {
    if (!box) return;
    const k = pairKey(a, b, box);
    if (measured.has(k)) {
      // Known already: an answer still on its way for an earlier day must not re-render.
      latest.current = 0;
      return;
    }
    const w = getWorker();
    const id = nextId++;
    latest.current = id;
    listeners.set(id, (r) => {
      if ("areas" in r) remember(k, r.areas);
      if (latest.current !== id) return;
      setResult(
        "areas" in r ? { status: "ok", areas: r.areas, key } : { status: "error", message: r.error, key },
      );
    });
    w.postMessage({ type: "measure", id, a: refOf(w, a), b: refOf(w, b), box });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names a, b and box
  }, [key, boxKey]);
  useEffect(() => {
    if (box && ahead) askAhead(ahead, box);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the day, whose neighbours these are
  }, [key, boxKey]);
  return known ? { status: "ok", areas: known, key } : result;
}

/** Names an input for a measurement's key ("undefined" while loading, "null" for no map). */
const inputKey = (i: ShapeInput | null | undefined) =>
  i ? `${i.chunk.source}${i.chunk.definition ?? ""}${i.chunk.from}#${i.state}` : String(i);

/**
 * The km² of a pair of inputs inside a box once both are loaded, or undefined while loading or
 * measuring (never the figures of another pair).
 */
export function useMeasuredPair(
  a: ShapeInput | null | undefined,
  b: ShapeInput | null | undefined,
  box: BBox,
  ahead?: () => Pairs,
): PairAreas | undefined {
  const key = `${inputKey(a)}|${inputKey(b)}|${box.join(",")}`;
  const r = useAreas(a ?? null, b ?? null, a !== undefined && b !== undefined ? box : null, key, ahead);
  return r?.status === "ok" && r.key === key ? r.areas : undefined;
}

/** The km² of the two shapes the map shows (by mode and source) inside `box`, the days around measured ahead. */
export function useShownAreas(state: MapUrlState, chunks: MapChunks, box: BBox): PairAreas | undefined {
  const [a, b] = shownSlots(state);
  return useMeasuredPair(chunks.inputs[a], chunks.inputs[b], box, chunks.aheadPairs);
}
