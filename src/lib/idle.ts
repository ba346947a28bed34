// Runs work when the main thread is idle (requestIdleCallback), so it never delays a reader's next
// input. Safari has none: there, a task after the next frame stands in, with SLICE_MS to use.

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
  const start = () => performance.now() + SLICE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      const end = start();
      cb({ timeRemaining: () => Math.max(0, end - performance.now()) });
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
