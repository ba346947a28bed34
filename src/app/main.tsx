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

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container, {
  // A PanelBoundary already shows the reader what failed; log it as a warning, not an error.
  onCaughtError: (error, info) =>
    console.warn("A panel failed and shows an error panel:", error, info.componentStack),
}).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);

registerServiceWorker();
