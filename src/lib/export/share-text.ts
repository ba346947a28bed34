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

/** The message the chart-only view posts to its host page when its height changes. */
export const EMBED_HEIGHT_MESSAGE = "ukraine-war-data:embed-height";

/**
 * An <iframe> snippet for a CMS: full width, no border, loaded when scrolled to, `height` CSS px
 * until the chart says how tall it is: the script beside it sets the iframe's height from the
 * view's messages (only those from `src`'s origin and from this very iframe), so a footer that
 * wraps on a narrow column is never cut off.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const origin = JSON.stringify(new URL(src).origin);
  const resize =
    `(function(){var o=${origin},s=document.currentScript.previousElementSibling;` +
    `addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin===o&&e.source===s.contentWindow&&d&&d.type==="${EMBED_HEIGHT_MESSAGE}"&&d.height>0)` +
    `s.style.height=Math.ceil(d.height)+"px"})})();`;
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy"></iframe><script>${resize}</script>`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * One line in APA style (7th edition, a data set whose content changes): Site. (year of the data's
 * last day). Title, range [Data set; data to day; sources]. Retrieved day, from URL
 */
export function buildCitation(opts: {
  title: string;
  subtitle?: string;
  sources: readonly { name: string }[];
  url: string;
  accessed: IsoDate;
  /** The last day of the data drawn (its year dates the data set). */
  dataTo?: IsoDate;
}): string {
  const what = (opts.subtitle ? `${opts.title}, ${opts.subtitle}` : opts.title).replace(/\s+/g, " ").trim();
  const year = opts.dataTo ? opts.dataTo.slice(0, 4) : "n.d.";
  const bracket = [
    "Data set",
    ...(opts.dataTo ? [`data to ${formatDate(opts.dataTo)}`] : []),
    ...(opts.sources.length ? [`sources: ${joinNames(opts.sources.map((s) => s.name))}`] : []),
  ].join("; ");
  return `${SITE_NAME}. (${year}). ${what} [${bracket}]. Retrieved ${formatDate(opts.accessed)}, from ${opts.url}`;
}
