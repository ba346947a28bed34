// The data files the default view draws from: the prebuilt page (scripts/prerender/plugin.ts) is
// rendered from exactly these, and the client loads exactly these before it hydrates that markup,
// so both renders see the same cache (and the same figures).
import type { QueryClient } from "@tanstack/react-query";
import { eventsQuery } from "../data/queries/events";
import { lossesQuery } from "../data/queries/losses";
import { manifestQuery } from "../data/queries/manifest";
import { methodChangesQuery } from "../data/queries/method-changes";

/** Loads the default view's files into `client`; rejects with the first file that fails. */
export async function fetchFirstView(client: QueryClient): Promise<void> {
  await Promise.all([
    client.fetchQuery(manifestQuery()),
    client.fetchQuery(lossesQuery()),
    client.fetchQuery(eventsQuery()),
    client.fetchQuery(methodChangesQuery()),
  ]);
}
