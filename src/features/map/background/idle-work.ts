// Work the map does ahead (path data and km² of the days around the one shown) runs while the main
// thread is idle, in slices, so that it never delays the next slider step: a step's input waits for
// whatever task is running when it arrives.

import { SLICE_MS, whenIdle, type IdleDeadline } from "../../../lib/idle";

/** Longest slice of ahead work, in ms (a shape that takes longer still finishes its own slice). */
export { SLICE_MS };

const idle = (cb: (d: IdleDeadline) => void): (() => void) => whenIdle(cb);

/**
 * Runs `items` one by one (each `run(item)`) in idle time, at most SLICE_MS per slice, until done
 * or cancelled (the returned function). `items` is called once, in the first slice.
 */
export function runWhenIdle<T>(items: () => readonly T[], run: (item: T) => void): () => void {
  let list: readonly T[] | null = null;
  let i = 0;
  let cancel = () => {};
  let cancelled = false;
  const slice = (deadline: IdleDeadline) => {
    if (cancelled) return;
    const end = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    list ??= items();
    while (i < list.length) {
      run(list[i++]!);
      if (performance.now() >= end) break;
    }
    if (i < list.length) cancel = idle(slice);
  };
  cancel = idle(slice);
  return () => {
    cancelled = true;
    cancel();
  };
}
