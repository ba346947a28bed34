// Runs TrackTasks on worker threads (one per core by default) or inline. The territory step is CPU
// bound (polygon unions and diffs), so two cores roughly halve its time. Results come back keyed by
// task id, so the output does not depend on which worker finished first.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RawDataError } from "../types";
import type { TrackResult, TrackTask } from "./territory-track";
import { runTrackTask } from "./territory-track";

// The worker is TypeScript: register tsx's loader in the thread (as `tsx pipeline/build.ts` does for
// the main thread; loader flags are not inherited by workers), then load the worker module.
const WORKER_BOOTSTRAP = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL("./territory-worker.ts", import.meta.url).href,
)}); });`;

type WorkerMessage =
  | { kind: "file" }
  | { kind: "done"; result: TrackResult }
  | { kind: "error"; file: string | null; reason: string };

export async function runTrackTasks(
  tasks: TrackTask[],
  threads: number,
  onFile: () => void,
): Promise<Map<number, TrackResult>> {
  const results = new Map<number, TrackResult>();
  if (threads <= 1) {
    for (const task of tasks) results.set(task.id, await runTrackTask(task, onFile));
    return results;
  }
  // Biggest tasks first so that the two workers finish at about the same time.
  const queue = [...tasks].sort((a, b) => b.snapshots.length - a.snapshots.length);
  const workers = Array.from(
    { length: Math.min(threads, tasks.length) },
    // Default stack: Clipper2 does not recurse per ring the way polygon-clipping (the engine the
    // stack was once raised to 256 MB for) did. V8's default young generation is kept: doubling it
    // cut garbage collection's share of a task from ~21 % to ~12 % in a profile, but CPU time moved
    // by ~3 % (within noise) for ~+120 MB peak.
    () => new Worker(WORKER_BOOTSTRAP, { eval: true }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const task = queue.shift();
              if (task) worker.postMessage(task);
              else resolve();
            };
            worker.on("message", (m: WorkerMessage) => {
              if (m.kind === "file") onFile();
              else if (m.kind === "done") {
                results.set(m.result.id, m.result);
                next();
              } else reject(m.file ? new RawDataError(m.file, m.reason) : new Error(m.reason));
            });
            worker.on("error", reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

export function defaultThreads(): number {
  const fromEnv = Number(process.env.TERRITORY_THREADS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : Math.min(2, availableParallelism());
}
