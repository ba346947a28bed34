// Defers what is not the first chart (the losses notes, table, miniatures and range brush) until a
// chart has been painted, so its code loads and renders after the reader sees the chart, not in
// competition with it. Once that has happened everything mounts at once: a panel opened later is
// never deferred. A page without a chart (an error panel, an empty selection) waits FALLBACK_MS.
import { useSyncExternalStore, type ReactNode } from "react";

/** How long deferred parts wait for a chart that may never come. */
const FALLBACK_MS = 1000;

let released = typeof requestAnimationFrame !== "function";
const waiting = new Set<() => void>();
let fallback: ReturnType<typeof setTimeout> | undefined;

function release(): void {
  if (released) return;
  released = true;
  clearTimeout(fallback);
  for (const wake of waiting) wake();
}

/** Called by a chart once it has been painted (ChartSettled): deferred parts may now load. */
export function noteChartPainted(): void {
  release();
}

function subscribe(wake: () => void): () => void {
  waiting.add(wake);
  fallback ??= setTimeout(release, FALLBACK_MS);
  return () => waiting.delete(wake);
}

/** False until a chart has been painted on the page (true at once without rAF, e.g. in tests). */
export function useAfterFirstChart(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => released,
    () => false,
  );
}

/** Renders `children` once a chart has been painted, `fallback` (same size, ideally) until then. */
export function AfterFirstChart({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useAfterFirstChart() ? children : fallback;
}
