// Which data files the page is showing from the service worker's saved copy (offline, or a network
// too slow to answer), and when each was saved: the page says how old its data may be.
import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { DATA_CACHE, savedCopy } from "../saved-copy";

/** Whether this page keeps offline copies: a production build, where a service worker serves them. */
const keepsCopies = () =>
  import.meta.env.PROD && typeof caches !== "undefined" && "serviceWorker" in navigator;

/**
 * Saves `text` as the offline copy of `path` (e.g. "data/losses.json"), which the service worker
 * serves offline. Called once the file passed its schema and checks; never throws (a full disk or
 * a private window only loses the copy).
 */
export function saveOfflineCopy(path: string, text: string, contentType: string | null): void {
  if (!keepsCopies()) return;
  const copy = savedCopy({ status: 200, contentType, body: text }, new Date());
  if (!copy) return;
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;
  caches
    .open(DATA_CACHE)
    .then((cache) => cache.put(url, copy))
    .catch((error: unknown) => console.warn(`Could not save ${path} for offline use:`, error));
}

/** The data files with an offline copy, as paths under data/ (e.g. "map/nzz-2023-04-01.json"). */
export async function listSavedDataFiles(): Promise<string[]> {
  if (typeof caches === "undefined") return [];
  const prefix = new URL(`${import.meta.env.BASE_URL}data/`, window.location.href).href;
  const keys = await (await caches.open(DATA_CACHE)).keys();
  return keys
    .map((r) => r.url)
    .filter((u) => u.startsWith(prefix))
    .map((u) => u.slice(prefix.length));
}

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

/** What the page prebuilt at build time shows (src/app/prerender.tsx): nothing from a saved copy. */
const NONE: ReadonlyMap<string, Date> = new Map();

/**
 * File path → time its saved copy was made, for the files currently shown from a saved copy (none
 * while the prebuilt page is hydrated, as it was built; the offline notice follows at once).
 */
export function useSavedCopies(): ReadonlyMap<string, Date> {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => NONE,
  );
}

/** The data files with an offline copy (read afresh each time it is asked for: they change). */
export function useSavedDataFiles(enabled: boolean) {
  return useQuery({
    queryKey: ["offline", "saved-files"],
    queryFn: listSavedDataFiles,
    enabled,
    staleTime: 0,
    networkMode: "always",
  });
}
