// Chart-only view for iframes: marks the requested chart frame and its ancestors so embed.css can
// hide everything else, and gives the page the chart's title. Panels load lazily, so it watches
// the page until the frame appears (and again if a panel re-renders it).
import { useEffect, useState } from "react";
import { currentHref, useRange } from "../filters/use-url-state";
import { applyPageMeta, describeView } from "./page-meta";
import { whenIdle } from "../lib/idle";
import { fullPageUrl } from "./embed";
import "./embed.css";

export function EmbedView({ chartId }: { chartId: string }) {
  const { range } = useRange();
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    document.documentElement.dataset.embed = chartId;
    const mark = () => {
      const target = document.getElementById(chartId);
      if (!target?.matches("[data-chart-frame]")) return;
      if (target.hasAttribute("data-embed-target")) return;
      document.querySelectorAll("[data-embed-path]").forEach((el) => el.removeAttribute("data-embed-path"));
      target.setAttribute("data-embed-target", "");
      for (let el = target.parentElement; el && el !== document.body; el = el.parentElement) {
        el.setAttribute("data-embed-path", "");
      }
      setTitle(target.querySelector(".chart-frame__title")?.textContent ?? null);
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.getElementById("root") ?? document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      delete document.documentElement.dataset.embed;
    };
  }, [chartId]);
  useEffect(() => applyPageMeta(describeView(range, title ?? undefined)), [range, title]);
  // A landmark with the page's one h1 (the site header is hidden here), for screen readers.
  return (
    <footer className="embed-back">
      <h1 className="visually-hidden">{title ?? "Russia–Ukraine war in data"}</h1>
      <p>
        {title === null && "Loading the chart… "}
        <a href={fullPageUrl(currentHref())} target="_blank" rel="noopener">
          Open in Russia–Ukraine war in data ↗
        </a>
      </p>
    </footer>
  );
}

/**
 * Keeps the title and link-preview tags in step with the view on the full page, in idle time: the
 * browser tab's title need not hold up the charts' next paint.
 */
export function PageMetaSync() {
  const { range } = useRange();
  useEffect(() => whenIdle(() => applyPageMeta(describeView(range))), [range]);
  return null;
}
