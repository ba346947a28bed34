// km² of two shapes inside a box, measured by area.worker.ts. Returns undefined while measuring
// (the previous figures stay on screen meanwhile, so the legend does not flicker while playing).
import { useEffect, useRef, useState } from "react";
import type { MapChunk } from "../../data/schemas/map";
import type { AreaResponse, ShapeRef } from "./area-messages";
import type { PairAreas } from "./derive-area";
import type { BBox } from "./geo-types";

let worker: Worker | undefined;
const sent = new WeakSet<MapChunk["topology"]>();
const listeners = new Map<number, (r: AreaResponse) => void>();
let nextId = 1;

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

/** `key` names what was measured so a caller can tell a stale result (kept while measuring). */
export function useAreas(a: ShapeInput | null, b: ShapeInput | null, box: BBox | null, key: string) {
  const [result, setResult] = useState<AreaResult | undefined>(undefined);
  const latest = useRef(0);
  const aFile = a?.chunk.source ? `${a.chunk.source}-${a.chunk.from}` : null;
  const bFile = b?.chunk.source ? `${b.chunk.source}-${b.chunk.from}` : null;
  const boxKey = box?.join(",");
  useEffect(() => {
    if (!box) return;
    const w = getWorker();
    const ref = (input: ShapeInput | null, file: string | null): ShapeRef | null => {
      if (!input || !file) return null;
      if (!sent.has(input.chunk.topology)) {
        w.postMessage({ type: "chunk", file, topology: input.chunk.topology });
        sent.add(input.chunk.topology);
      }
      return { file, state: input.state };
    };
    const id = nextId++;
    latest.current = id;
    listeners.set(id, (r) => {
      if (latest.current !== id) return;
      setResult(
        "areas" in r ? { status: "ok", areas: r.areas, key } : { status: "error", message: r.error, key },
      );
    });
    w.postMessage({ type: "measure", id, a: ref(a, aFile), b: ref(b, bFile), box });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names a, b and box
  }, [key, boxKey]);
  return result;
}
