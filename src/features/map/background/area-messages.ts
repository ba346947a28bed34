// Messages between the panel and area.worker.ts.
import type { MapChunk } from "../../../data/schemas/map";
import type { PairAreas } from "../derive/derive-area";
import type { BBox } from "../../../lib/geometry";

/** One shape of a chunk: the chunk's file and the shape's index in it. */
export interface ShapeRef {
  file: string;
  state: number;
}

export interface AreaRequest {
  type: "measure";
  id: number;
  /** null: nothing held (e.g. before the source's first day). */
  a: ShapeRef | null;
  b: ShapeRef | null;
  box: BBox;
  /** Measured ahead of need (days next to the one shown): after every request that is not. */
  ahead?: boolean;
}

export type WorkerMessage =
  | { type: "chunk"; file: string; topology: MapChunk["topology"] }
  | AreaRequest
  /** Forget the queued requests measured ahead (the measured box changed). */
  | { type: "drop-ahead" };

export type AreaResponse = { id: number; areas: PairAreas } | { id: number; error: string };
