// Measures km² off the main thread (a whole-country measure takes ~100 ms; a slider step may use
// ≤ 16 ms). The panel sends each chunk's topology once, then only (chunk, shape index) pairs.
// Requests for the day shown go first; those for the days next to it (measured ahead, so that a
// slider step finds its figures ready) wait, one per task, so a new request never waits long.
import type { MapChunk } from "../../../data/schemas/map";
import { shapeOf } from "../data/chunks";
import { measurePair } from "../derive/derive-area";
import type { AreaRequest, AreaResponse, WorkerMessage } from "./area-messages";

const topologies = new Map<string, MapChunk["topology"]>();
const now: AreaRequest[] = [];
const ahead: AreaRequest[] = [];
let scheduled = false;

const shape = (ref: AreaRequest["a"]) => {
  if (!ref) return [];
  const topology = topologies.get(ref.file);
  if (!topology) throw new Error(`${ref.file} was not sent to the worker`);
  return shapeOf(topology, ref.state);
};

function next() {
  scheduled = false;
  const msg = now.shift() ?? ahead.shift();
  if (!msg) return;
  let response: AreaResponse;
  try {
    response = { id: msg.id, areas: measurePair(shape(msg.a), shape(msg.b), msg.box) };
  } catch (error) {
    response = { id: msg.id, error: (error as Error).message };
  }
  self.postMessage(response);
  schedule();
}

function schedule() {
  if (scheduled || (now.length === 0 && ahead.length === 0)) return;
  scheduled = true;
  setTimeout(next, 0);
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const msg = event.data;
  if (msg.type === "chunk") topologies.set(msg.file, msg.topology);
  else if (msg.type === "drop-ahead") ahead.length = 0;
  else {
    (msg.ahead ? ahead : now).push(msg);
    schedule();
  }
};
