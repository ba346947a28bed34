// Runs work when the main thread is idle (requestIdleCallback), so it never delays a reader's next
// input. Safari has none: there, a task after the next frame stands in, with SLICE_MS to use.
// afterNextFrame splits a heavy mount: the part drawn first is painted before the rest starts.
import { useEffect, useState } from "react";

/** Longest slice of idle work, in ms, where the browser does not say how much is left. */
export const SLICE_MS = 4;

export interface IdleDeadline {
  timeRemaining(): number;
}

/** Calls `cb` in idle time (at the latest after `timeoutMs`); returns a cancel function. */
export function whenIdle(cb: (deadline: IdleDeadline) => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(cb, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  return afterNextFrame(() => {
    const end = performance.now() + SLICE_MS;
    cb({ timeRemaining: () => Math.max(0, end - performance.now()) });
  });
}

/** Calls `cb` in a task after the next frame is painted; returns a cancel function. */
export function afterNextFrame(cb: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(cb, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** False until a frame after the caller mounted: what it gates mounts in a task of its own. */
export function useAfterNextFrame(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => (done ? undefined : afterNextFrame(() => setDone(true))), [done]);
  return done;
}
