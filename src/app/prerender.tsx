// The default view rendered to HTML at build time (scripts/prerender/plugin.ts bakes it into
// index.html): the same App, providers and data files as the client, so the first paint shows the
// real chart and the client hydrates it without a change. Runs in Node, with `fetch` answered from
// public/data by the caller; every file passes the same schema and checks as in the browser.
import "./zod-config"; // first: before any schema is created
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createQueryClient } from "../data/queries/query-client";
import { manifestQuery } from "../data/queries/manifest";
import { defaultRange, rangeContextFromManifest } from "../filters/range";
import { App } from "./App";
import { fetchFirstView } from "./first-view";
import { describeView, type PageMeta } from "./page-meta";
import { Providers } from "./providers";
import { SHARE_SECTIONS, type ShareSection } from "./share-sections";
import { claimsQuery } from "../data/queries/claims";
import { oryxQuery } from "../data/queries/oryx";
import { territoryQuery } from "../data/queries/territory";

export interface PrerenderedView {
  /** The markup of #root. */
  html: string;
  /** The default view's title and description (index.html's title and link-preview tags). */
  meta: PageMeta;
}

export async function prerenderDefaultView(): Promise<PrerenderedView> {
  const client = createQueryClient();
  // fetchQuery throws on a failed file: the build stops naming it rather than bake an error panel.
  await fetchFirstView(client);
  const manifest = client.getQueryData(manifestQuery().queryKey);
  if (!manifest) throw new Error("prerender: manifest.json did not load");
  const html = renderToString(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  );
  return { html, meta: describeView(defaultRange(rangeContextFromManifest(manifest))) };
}

export interface PrerenderedSection extends Omit<ShareSection, "render"> {
  /** The section's panels in the default view, as markup (its chart frames, drawn). */
  html: string;
}

/**
 * Each share page's panels in the default view (share-sections.tsx), for its link preview: the same
 * components, data files and checks as the page, with the figures the page shows for that view.
 */
export async function prerenderSections(): Promise<PrerenderedSection[]> {
  const client = createQueryClient();
  await fetchFirstView(client);
  await Promise.all([
    client.fetchQuery(oryxQuery()),
    client.fetchQuery(territoryQuery()),
    client.fetchQuery(claimsQuery()),
  ]);
  return SHARE_SECTIONS.map(({ render, ...section }) => ({
    ...section,
    html: renderToString(
      <StrictMode>
        <Providers client={client}>{render()}</Providers>
      </StrictMode>,
    ),
  }));
}
