// After a first visit, once the service worker controls the page and the page has finished loading,
// asks the worker to save what the reader has not loaded yet (the plan in offline-plan.ts: the files
// of the panels further down and the map's chunks for the views opened first), so a second visit
// works offline beyond what the first one showed. The worker downloads them one at a time, in the
// background; the files the page loaded itself are saved by the page (no second download).
import type { QueryClient } from "@tanstack/react-query";
import { manifestQuery } from "../data/queries/manifest";
import { mapIndexQuery } from "../data/queries/map";
import { SAVE_FOR_OFFLINE, type SaveForOfflineMessage } from "../data/saved-copy";
import { rangeContextFromManifest } from "../filters/range";
import { whenIdle } from "../lib/idle";
import { offlinePlan } from "./offline-plan";

/** The worker that controls this page, once it does. */
async function controller(): Promise<ServiceWorker> {
  await navigator.serviceWorker.ready;
  const now = navigator.serviceWorker.controller;
  if (now) return now;
  await new Promise((resolve) =>
    navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
  );
  return navigator.serviceWorker.controller!;
}

/** Resolves in idle time once no data file is loading (the reader's own loads go first). */
async function quiet(client: QueryClient): Promise<void> {
  for (;;) {
    await new Promise<void>((resolve) => whenIdle(() => resolve(), 5000));
    if (client.isFetching() === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export function saveForOfflineWhenIdle(client: QueryClient): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void (async () => {
    const worker = await controller();
    await quiet(client);
    const manifest = await client.fetchQuery(manifestQuery());
    const index = await client.fetchQuery(mapIndexQuery());
    // A file with a query here is the page's to save (loaded, or still loading).
    const paths = offlinePlan(manifest, index, rangeContextFromManifest(manifest)).filter(
      (path) => client.getQueryState(["data", path]) === undefined,
    );
    const message: SaveForOfflineMessage = { type: SAVE_FOR_OFFLINE, paths };
    worker.postMessage(message);
  })().catch((error: unknown) => console.warn("Could not save the dataset for offline use:", error));
}
