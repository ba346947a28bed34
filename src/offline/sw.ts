// The service worker: a second visit works offline.
// - The app's own files (JS, CSS, fonts, index.html) are precached at install, so the page opens
//   without a network; a new build replaces them on the next online visit.
// - Data files are network-first: online, the reader always gets the dataset on the server (a new
//   dataset replaces the saved one at once); offline, or when the network gives no answer within a
//   few seconds, the saved copy is served, stamped with the time it was saved so the page can say
//   how old it is.
import { clientsClaim } from "workbox-core";
import { createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheOnly, NetworkFirst } from "workbox-strategies";
import { DATA_CACHE, coreDataFiles, stampSavedAt } from "../data/saved-copy";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const base = new URL(self.registration.scope);

precacheAndRoute(self.__WB_MANIFEST);
// Any page URL (with its query string) opens the precached page.
registerRoute(new NavigationRoute(createHandlerBoundToURL(new URL("index.html", base).href)));

const stampPlugin = {
  // Only what goes into the cache is stamped; the page gets the network's response untouched.
  cacheWillUpdate: async ({ response }: { response: Response }) =>
    response.ok ? stampSavedAt(response, new Date()) : null,
};

// ignoreVary: the server varies on Origin, and the page's preloads (index.html) send one while its
// fetches do not; both want the same saved file.
const matchOptions = { ignoreVary: true };
const networkFirst = new NetworkFirst({
  cacheName: DATA_CACHE,
  networkTimeoutSeconds: 6,
  plugins: [stampPlugin],
  matchOptions,
});
const savedOnly = new CacheOnly({ cacheName: DATA_CACHE, matchOptions });
registerRoute(
  ({ url }) => url.origin === base.origin && url.pathname.startsWith(`${base.pathname}data/`),
  // Known offline: go straight to the saved copy rather than fail a network attempt first.
  (options) =>
    self.navigator.onLine
      ? networkFirst.handle(options)
      : savedOnly.handle(options).catch(() => networkFirst.handle(options)),
);

// The first visit loaded its data before this worker existed: save the files every view needs now,
// so that the second visit works offline too. Map chunks are saved as the map shows them.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const manifestUrl = new URL("data/manifest.json", base).href;
      const response = await fetch(manifestUrl);
      if (!response.ok) return;
      const manifest: unknown = await response.clone().json();
      const cache = await caches.open(DATA_CACHE);
      await cache.put(manifestUrl, await stampSavedAt(response, new Date()));
      for (const path of coreDataFiles(manifest)) {
        const url = new URL(`data/${path}`, base).href;
        const fileResponse = await fetch(url);
        if (fileResponse.ok) await cache.put(url, await stampSavedAt(fileResponse, new Date()));
      }
    })().catch((error: unknown) => console.warn("Could not save the dataset for offline use:", error)),
  );
});

void self.skipWaiting();
clientsClaim();
