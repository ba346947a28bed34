// Performance marks read by `npm run bench` (scripts/bench): a chart marks "settled:<name>" once a
// commit of it has been painted. Marks cost microseconds and need no flag, so the benchmark measures
// the same build readers get. Nothing in the app reads them.
import { useEffect, useLayoutEffect } from "react";

export const SETTLED_PREFIX = "settled:";

/** How many instances of each named chart are mounted: the charts a range change must settle. */
const mounted = new Map<string, number>();

declare global {
  interface Window {
    /** For the benchmark: names of the charts on the page that report "settled" marks. */
    __perfSettled?: { mounted(): string[] };
  }
}

if (typeof window !== "undefined") {
  window.__perfSettled = { mounted: () => [...mounted.keys()] };
}

/**
 * Marks `settled:<name>` after the current commit has been painted: requestAnimationFrame runs just
 * before the next frame is drawn, and a message posted from there is handled right after it.
 */
export function markSettled(name: string): void {
  if (typeof requestAnimationFrame !== "function" || typeof performance?.mark !== "function") return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark(SETTLED_PREFIX + name);
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Marks `settled:<name>` after every commit of the calling component while `ready` (e.g. once the
 * chart has a size), and registers it as mounted so the benchmark waits for it.
 */
export function useSettledMark(name: string, ready = true): void {
  useLayoutEffect(() => {
    if (ready) markSettled(name);
  });
  useEffect(() => {
    mounted.set(name, (mounted.get(name) ?? 0) + 1);
    return () => {
      const n = (mounted.get(name) ?? 1) - 1;
      if (n > 0) mounted.set(name, n);
      else mounted.delete(name);
    };
  }, [name]);
}
