// km² of two shapes inside a box, measured by area.worker.ts. Returns undefined while measuring
// (the previous figures stay on screen meanwhile, so the legend does not flicker while playing).
// Results are kept per (shape, shape, box), and the days next to the one shown can be measured
// ahead: a slider step then finds its figures at once and draws them in the same frame as the map,
// instead of a second render when the worker answers.
import { useEffect, useRef, useState } from "react";
import type { MapChunk } from "../../data/schemas/map";
import type { AreaResponse, ShapeRef } from "./area-messages";
import type { PairAreas } from "./derive-area";
import type { BBox } from "./geo-types";

let worker: Worker | undefined;
const sent = new WeakSet<MapChunk["topology"]>();
const listeners = new Map<number, (r: AreaResponse) => void>();
let nextId = 1;
/** Measured pairs, by pairKey; the oldest go first beyond MAX_KEPT. */
const measured = new Map<string, PairAreas>();
const MAX_KEPT = 4000;
/** Pairs asked for ahead and not answered yet. */
const pendingAhead = new Set<string>();
let aheadBox = "";

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./area.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<AreaResponse>) => {
      listeners.get(e.data.id)?.(e.data);
      listeners.delete(e.data.id);
    };
  }
  return worker;
}

export interface ShapeInput {
  chunk: MapChunk;
  state: number;
}

export type AreaResult =
  { status: "ok"; areas: PairAreas; key: string } | { status: "error"; message: string; key: string };

const fileOf = (input: ShapeInput) => `${input.chunk.source}-${input.chunk.from}`;
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

/** Asks the worker for pairs not measured yet, after any request for the day shown. */
function measureAhead(pairs: Pairs, box: BBox) {
  const w = getWorker();
  const boxKey = box.join(",");
  if (boxKey !== aheadBox) {
    // A new box: what was queued for the old one is no longer wanted.
    w.postMessage({ type: "drop-ahead" });
    pendingAhead.clear();
    aheadBox = boxKey;
  }
  for (const [a, b] of pairs) {
    const key = pairKey(a, b, box);
    if (measured.has(key) || pendingAhead.has(key)) continue;
    pendingAhead.add(key);
    const id = nextId++;
    listeners.set(id, (r) => {
      pendingAhead.delete(key);
      if ("areas" in r) remember(key, r.areas);
    });
    w.postMessage({ type: "measure", id, a: refOf(w, a), b: refOf(w, b), box, ahead: true });
  }
}

type Pairs = readonly (readonly [ShapeInput | null, ShapeInput | null])[];
let aheadWanted: { pairs: () => Pairs; box: BBox } | null = null;
let aheadTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Measures ahead a moment after the step has been painted (posting, and a chunk's first copy to the
 * worker, stay out of the step), at most every 30 ms and for the latest day only.
 */
function askAhead(pairs: () => Pairs, box: BBox) {
  aheadWanted = { pairs, box };
  if (aheadTimer !== undefined) return;
  aheadTimer = setTimeout(() => {
    aheadTimer = undefined;
    if (aheadWanted) measureAhead(aheadWanted.pairs(), aheadWanted.box);
    aheadWanted = null;
  }, 30);
}

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
