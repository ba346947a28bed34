// The service worker: a second visit works offline.
// - The app's own files (JS, CSS, fonts, index.html) are precached at install, so the page opens
//   without a network; a new build replaces them on the next online visit.
// - Data files are network-first: online, the reader always gets the dataset on the server; offline,
//   or when the network gives no answer within a few seconds, the saved copy is served, stamped with
//   the time it was saved so the page can say how old it is.
// - Saved copies come from one download each: the page saves every file it loaded once it passed the
//   schema and checks (src/data/queries/saved-copies.ts), and after a first visit asks this worker
//   to save the rest (src/offline/save-for-offline.ts). A request for a file this worker is already
//   downloading joins that download: a slow file is never fetched twice, once for the page and once
//   for the saved copy (issue #26: 21.5 s instead of 11.3 s for a file answering after 10 s).
import { clientsClaim } from "workbox-core";
import { createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { DATA_CACHE, isSaveForOfflineMessage, savedCopy } from "../data/saved-copy";

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const base = new URL(self.registration.scope);
/** How long the network may stay silent before the saved copy is served instead. */
const NETWORK_TIMEOUT_MS = 6000;

precacheAndRoute(self.__WB_MANIFEST);
// Any page URL (with its query string) opens the precached page.
registerRoute(new NavigationRoute(createHandlerBoundToURL(new URL("index.html", base).href)));

/** A whole answer from the network, read once and handed to everyone who asked for it. */
interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  body: ArrayBuffer;
}
const downloads = new Map<string, Promise<Answer>>();

/** The network's answer for `url`: the download under way for it if there is one, else a new one. */
function download(url: string): Promise<Answer> {
  let answer = downloads.get(url);
  if (!answer) {
    answer = fetch(url)
      .then(async (r) => ({
        status: r.status,
        statusText: r.statusText,
        headers: r.headers,
        body: await r.arrayBuffer(),
      }))
      .finally(() => downloads.delete(url));
    downloads.set(url, answer);
  }
  return answer;
}

const toResponse = (a: Answer) =>
  new Response([101, 204, 205, 304].includes(a.status) ? null : a.body, {
    status: a.status,
    statusText: a.statusText,
    headers: a.headers,
  });

// ignoreVary: the server varies on Origin, and the page's preloads (index.html) send one while its
// fetches do not; both want the same saved file.
const saved = async (url: string) =>
  (await caches.open(DATA_CACHE)).match(url, { ignoreVary: true }) as Promise<Response | undefined>;

async function dataResponse(request: Request): Promise<Response> {
  const url = request.url;
  // Known offline: go straight to the saved copy rather than fail a network attempt first.
  if (!self.navigator.onLine) {
    const copy = await saved(url);
    if (copy) return copy;
  }
  const network = download(url).then(toResponse);
  network.catch(() => {}); // answered from the saved copy below when it fails
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">(
    (resolve) => (timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, "timeout")),
  );
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout") return first;
    return (await saved(url)) ?? (await network);
  } catch {
    return (await saved(url)) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

registerRoute(
  ({ url }) => url.origin === base.origin && url.pathname.startsWith(`${base.pathname}data/`),
  ({ request }) => dataResponse(request),
);

/** Saves `paths` one after another (politely: one download at a time), each only if it validates. */
async function saveForOffline(paths: readonly string[]): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  for (const path of paths) {
    const url = new URL(`data/${path}`, base).href;
    try {
      const answer = await download(url);
      const copy = savedCopy({ ...answer, contentType: answer.headers.get("content-type") }, new Date());
      if (copy) await cache.put(url, copy);
      else console.warn(`Not saved for offline use: data/${path} (HTTP ${answer.status}, not valid JSON)`);
    } catch {
      // Offline again, or the server failed: the next visit asks again.
    }
  }
}

self.addEventListener("message", (event) => {
  if (isSaveForOfflineMessage(event.data)) event.waitUntil(saveForOffline(event.data.paths));
});

void self.skipWaiting();
clientsClaim();
