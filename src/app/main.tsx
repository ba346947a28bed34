import "./zod-config"; // first: before any schema is created
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles/colors.css";
import "../index.css";
import { App } from "./App";
import { Providers } from "./providers";

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
