// The page title and link-preview tags describe the current view: the range, and in the chart-only
// (embed) view the chart. Crawlers that do not run scripts see index.html's static tags.
import type { DateRange } from "../filters/range";
import { formatDateRange } from "../lib/format";
import { SITE_NAME } from "../lib/export/share-text";

export interface PageMeta {
  title: string;
  description: string;
}

export function describeView(range: DateRange, chartTitle?: string): PageMeta {
  const when = formatDateRange(range);
  if (chartTitle) {
    return {
      title: `${chartTitle} (${when}) · ${SITE_NAME}`,
      description: `${chartTitle}, ${when}. A chart from ${SITE_NAME}, with its sources.`,
    };
  }
  return {
    title: `${SITE_NAME}: ${when}`,
    description: `Russian losses claimed by Ukraine’s General Staff, losses confirmed by photo or video, and the front line, ${when}, each with its source.`,
  };
}

function setMeta(attr: "name" | "property", key: string, content: string): void {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (!el) {
    el = document.createElement("meta");
    el.setAttribute(attr, key);
    document.head.appendChild(el);
  }
  el.content = content;
}

export function applyPageMeta(meta: PageMeta): void {
  document.title = meta.title;
  setMeta("property", "og:title", meta.title);
  setMeta("property", "og:description", meta.description);
  setMeta("name", "description", meta.description);
}
