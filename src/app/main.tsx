import "./zod-config"; // first: before any schema is created
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Inter (Latin, regular and bold; ~24 kB each, loaded only when used): the page's font and the one
// embedded in exported SVG/PNG figures, so exports look like the screen.
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-700.css";
import "../styles/colors.css";
import "../index.css";
import { App } from "./App";
import { Providers } from "./providers";
import { registerServiceWorker } from "../offline/register";
import { saveForOfflineWhenIdle } from "../offline/save-for-offline";
import { createQueryClient } from "../data/queries/query-client";
import { manifestQuery } from "../data/queries/manifest";
import { lossesQuery } from "../data/queries/losses";
import { eventsQuery } from "../data/queries/events";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

// The first view's files are parsed as soon as they arrive (index.html preloads them), not when
// the components that need them mount: the losses chart draws once, with its events, not twice.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(manifestQuery());
void queryClient.prefetchQuery(lossesQuery());
void queryClient.prefetchQuery(eventsQuery());

createRoot(container, {
  // A PanelBoundary already shows the reader what failed; log it as a warning, not an error.
  onCaughtError: (error, info) =>
    console.warn("A panel failed and shows an error panel:", error, info.componentStack),
}).render(
  <StrictMode>
    <Providers client={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
);

registerServiceWorker();
saveForOfflineWhenIdle(queryClient);
