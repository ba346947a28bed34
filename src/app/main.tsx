import "./zod-config"; // first: before any schema is created
import { StrictMode } from "react";
import { createRoot, hydrateRoot, type RootOptions } from "react-dom/client";
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
import { fetchFirstView } from "./first-view";
import { numberSample } from "../lib/format";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

// The first view's files are parsed as soon as they arrive (index.html preloads them), not when
// the components that need them mount: the losses chart draws once, with its events, not twice.
const queryClient = createQueryClient();
const firstView = fetchFirstView(queryClient);

const options: RootOptions = {
  // A PanelBoundary already shows the reader what failed; log it as a warning, not an error.
  onCaughtError: (error, info) =>
    console.warn("A panel failed and shows an error panel:", error, info.componentStack),
};
const app = (
  <StrictMode>
    <Providers client={queryClient}>
      <App />
    </Providers>
  </StrictMode>
);

/** A page rendered here from scratch: a link's own view, or the prebuilt view could not be used. */
function render(): void {
  // The prebuilt default view (hidden by page-init.js when the link asks for another) goes.
  delete container!.dataset.prerendered;
  container!.replaceChildren();
  createRoot(container!, options).render(app);
}

// index.html holds the default view prebuilt (scripts/prerender/plugin.ts); page-init.js has said
// whether this address shows that view (no query, no hash beyond a section's). If so, the app
// takes it over once the same files it was built from are loaded, so the markup matches and
// nothing on screen changes; if a file fails, the page renders afresh and shows why.
// page-init.js judged the locale by its tag alone; the digits themselves are checked here, after
// the first paint, where Intl's start-up cost no longer holds it back.
const root = document.documentElement;
if (
  container.dataset.prerendered !== undefined &&
  root.dataset.view === "default" &&
  numberSample() === root.dataset.builtNumbers
) {
  firstView.then(
    () =>
      hydrateRoot(container, app, {
        ...options,
        onRecoverableError: (error) => console.error("The prebuilt page did not match:", error),
      }),
    render,
  );
} else {
  render();
}

registerServiceWorker();
// After the first view's files (a panel shows any failure): no other file may reach the cache
// before the prebuilt page is hydrated (the Sources section lists the files loaded).
void firstView.catch(() => {}).then(() => saveForOfflineWhenIdle(queryClient));
