// The text behind "Copy link", "Cite" and "Embed": pure, so the exact wording is tested.
import type { IsoDate } from "../../data/schemas/common";
import { formatDate } from "../format";

/** The site's name as it appears in citations. */
export const SITE_NAME = "Russia–Ukraine war in data";

/** The page's URL pointing at one chart (`#id`), every query parameter kept. */
export function permalink(href: string, chartId: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.hash = chartId;
  return url.toString().replaceAll("%2C", ",");
}

/** The chart-only view of `chartId` with the same parameters (?embed=<id>). */
export function embedUrl(href: string, chartId: string): string {
  const url = new URL(href);
  url.searchParams.set("embed", chartId);
  url.hash = "";
  return url.toString().replaceAll("%2C", ",");
}

const escapeAttr = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** An <iframe> snippet for a CMS: full width, fixed height, no border, loaded when scrolled to. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** One line: “Title, range”. Site, data from sources. URL (accessed day). */
export function buildCitation(opts: {
  title: string;
  subtitle?: string;
  sources: readonly { name: string }[];
  url: string;
  accessed: IsoDate;
}): string {
  const what = opts.subtitle ? `${opts.title}, ${opts.subtitle}` : opts.title;
  const from = opts.sources.length ? ` Data: ${joinNames(opts.sources.map((s) => s.name))}.` : "";
  return `“${what.replace(/\s+/g, " ").trim()}”. ${SITE_NAME}.${from} ${opts.url} (accessed ${formatDate(opts.accessed)}).`;
}
