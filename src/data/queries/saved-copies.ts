// Which data files the page is showing from the service worker's saved copy (offline, or a network
// too slow to answer), and when each was saved: the page says how old its data may be.
import { useSyncExternalStore } from "react";

const savedCopies = new Map<string, Date>();
let snapshot: ReadonlyMap<string, Date> = new Map();
const listeners = new Set<() => void>();

/** Called for every loaded file: `savedAt` is null when the file came from the network. */
export function noteLoadedFile(path: string, savedAt: Date | null): void {
  const before = savedCopies.get(path)?.getTime() ?? null;
  if (before === (savedAt?.getTime() ?? null)) return;
  if (savedAt) savedCopies.set(path, savedAt);
  else savedCopies.delete(path);
  snapshot = new Map(savedCopies);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** File path → time its saved copy was made, for the files currently shown from a saved copy. */
export function useSavedCopies(): ReadonlyMap<string, Date> {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => snapshot,
  );
}
