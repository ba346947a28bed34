// Chart-only view for iframes: marks the requested chart frame and its ancestors so embed.css can
// hide everything else, and gives the page the chart's title. Panels load lazily, so it watches
// the page until the frame appears (and again if a panel re-renders it). If its section has drawn
// its charts and none has the id, it gives up (`onMissing`): the app then shows the dashboard.
import { useEffect, useRef, useState } from "react";
import { Notice } from "../components/Notice";
import { currentHref, useRange } from "../filters/use-url-state";
import { applyPageMeta, describeView } from "./page-meta";
import { whenIdle } from "../lib/idle";
import { EMBED_HEIGHT_MESSAGE } from "../lib/export/share-text";
import { fullPageUrl, unknownEmbedNotice, type EmbedSection } from "./embed";
import "./embed.css";

/** How long the section's charts must stay unchanged, without the frame, before it counts as missing. */
const SETTLE_MS = 2500;

export function EmbedView({
  chartId,
  section,
  onMissing,
}: {
  chartId: string;
  section: EmbedSection;
  onMissing: () => void;
}) {
  const { range } = useRange();
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    document.documentElement.dataset.embed = chartId;
    let missingTimer: ReturnType<typeof setTimeout> | undefined;
    const mark = () => {
      const target = document.getElementById(chartId);
      clearTimeout(missingTimer);
      if (!target?.matches("[data-chart-frame]")) {
        // Its section has drawn charts, yet not this one: wait for the rest to settle, then give up.
        if (document.getElementById(section)?.querySelector("[data-chart-frame]")) {
          missingTimer = setTimeout(onMissing, SETTLE_MS);
        }
        return;
      }
      // A title that follows the data (the map's, once its areas are measured) is read again.
      const text = target.querySelector(".chart-frame__title")?.textContent ?? null;
      if (target.hasAttribute("data-embed-target")) return setTitle(text);
      document.querySelectorAll("[data-embed-path]").forEach((el) => el.removeAttribute("data-embed-path"));
      target.setAttribute("data-embed-target", "");
      for (let el = target.parentElement; el && el !== document.body; el = el.parentElement) {
        el.setAttribute("data-embed-path", "");
      }
      setTitle(text);
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.getElementById("root") ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    return () => {
      observer.disconnect();
      clearTimeout(missingTimer);
      delete document.documentElement.dataset.embed;
      document.querySelectorAll("[data-embed-path], [data-embed-target]").forEach((el) => {
        el.removeAttribute("data-embed-path");
        el.removeAttribute("data-embed-target");
      });
    };
  }, [chartId, section, onMissing]);
  useEffect(() => applyPageMeta(describeView(range, title ?? undefined)), [range, title]);
  // Inside a host page's iframe: tell it how tall the chart and the link back are, whenever that
  // changes (the snippet's script sets the iframe's height from it; see embedSnippet).
  const footerRef = useRef<HTMLElement>(null);
  const shown = title !== null;
  useEffect(() => {
    if (!shown || window.parent === window || typeof ResizeObserver === "undefined") return;
    let posted = 0;
    const post = () => {
      const footer = footerRef.current;
      if (!footer) return;
      const height = Math.ceil(footer.getBoundingClientRect().bottom + window.scrollY);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, id: chartId, height }, "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [shown, chartId]);
  // A landmark with the page's one h1 (the site header is hidden here), for screen readers.
  return (
    <footer className="embed-back" ref={footerRef}>
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
 * Over the dashboard when ?embed= names no chart: the id asked for and those on the page (collected
 * as the lazy sections draw them, so the list is the charts this very view can embed).
 */
export function UnknownEmbedNotice({ raw }: { raw: string }) {
  const [ids, setIds] = useState<readonly string[]>([]);
  useEffect(() => {
    const root = document.getElementById("root") ?? document.body;
    const collect = () => {
      const found = [...root.querySelectorAll<HTMLElement>("[data-chart-frame]")].map((el) => el.id);
      const unique = [...new Set(found)];
      setIds((prev) => (prev.join() === unique.join() ? prev : unique));
    };
    collect();
    const observer = new MutationObserver(collect);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return <Notice notices={[unknownEmbedNotice(raw, ids)]} />;
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
