// Runs TrackTasks on worker threads (one per core by default) or inline. The territory step is CPU
// bound (polygon unions and diffs), so two cores roughly halve its time. Results come back keyed by
// task id, so the output does not depend on which worker finished first.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { RawDataError } from "../../types";
import type { TrackResult, TrackTask } from "./track";
import { runTrackTask } from "./track";

// The worker is TypeScript: register tsx's loader in the thread (as `tsx pipeline/build.ts` does for
// the main thread; loader flags are not inherited by workers), then load the worker module.
const WORKER_BOOTSTRAP = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL("./worker.ts", import.meta.url).href,
)}); });`;

type WorkerMessage =
  | { kind: "file" }
  | { kind: "done"; result: TrackResult }
  | { kind: "error"; file: string | null; reason: string };

/**
 * Worker threads for `runTrackTasks`, started ahead of the tasks: each takes about a second to load
 * its modules, which then overlaps the main thread's own preparation. Terminate them when done.
 */
export interface TrackPool {
  workers: Worker[];
  terminate(): Promise<void>;
}

export function startTrackPool(threads: number): TrackPool {
  const workers =
    threads <= 1
      ? []
      : Array.from(
          { length: threads },
          // Default stack: Clipper2 does not recurse per ring the way polygon-clipping (the engine the
          // stack was once raised to 256 MB for) did. V8's default young generation is kept: doubling it
          // cut garbage collection's share of a task from ~21 % to ~12 % in a profile, but CPU time moved
          // by ~3 % (within noise) for ~+120 MB peak.
          () => new Worker(WORKER_BOOTSTRAP, { eval: true }),
        );
  return { workers, terminate: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/** Runs the tasks on the pool's workers (inline without workers); does not terminate them. */
export async function runTrackTasks(
  tasks: TrackTask[],
  pool: TrackPool,
  onFile: () => void,
): Promise<Map<number, TrackResult>> {
  const results = new Map<number, TrackResult>();
  if (pool.workers.length === 0) {
    for (const task of tasks) results.set(task.id, await runTrackTask(task, onFile));
    return results;
  }
  // Biggest tasks first so that the two workers finish at about the same time.
  const queue = [...tasks].sort((a, b) => b.snapshots.length - a.snapshots.length);
  await Promise.all(
    pool.workers.map(
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
  return results;
}

export function defaultThreads(): number {
  const fromEnv = Number(process.env.TERRITORY_THREADS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : Math.min(2, availableParallelism());
}
