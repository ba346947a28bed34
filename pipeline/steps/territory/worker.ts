// Worker-thread entry: runs one TrackTask per message and posts back progress, result or error.
import { parentPort } from "node:worker_threads";
import { RawDataError } from "../../types";
import type { TrackTask } from "./track";
import { runTrackTask } from "./track";

const port = parentPort;
if (!port) throw new Error("worker.ts must run in a worker thread");

port.on("message", (task: TrackTask) => {
  runTrackTask(task, () => port.postMessage({ kind: "file" })).then(
    (result) => port.postMessage({ kind: "done", result }),
    (e: unknown) =>
      port.postMessage({
        kind: "error",
        file: e instanceof RawDataError ? e.file : null,
        reason: e instanceof RawDataError ? e.reason : String((e as Error)?.stack ?? e),
      }),
  );
});
