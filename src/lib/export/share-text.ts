// The text behind "Copy link", "Cite" and "Embed": pure, so the exact wording is tested.
import type { IsoDate } from "../../data/schemas/common";
import { formatDate } from "../format";
import { sharePagePath } from "./share-pages";

/** The site's name as it appears in citations. */
export const SITE_NAME = "Russia–Ukraine war in data";

/** The page's URL pointing at one chart (`#id`), every query parameter kept. */
export function permalink(href: string, chartId: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.hash = chartId;
  return url.toString().replaceAll("%2C", ",");
}

/**
 * The section share pages the build writes (scripts/prerender/share-page.ts, share/<id>/): each
 * previews its section's lead figure in the default view, so a link to that figure in that view
 * shows its own title, figures and picture (a crawler never sees `#…`). The figure → its page.
 */
export const SHARE_PAGES: readonly (readonly [RegExp, string])[] = [
  [/^losses-personnel$/, "losses"],
  [/^claimed-vs-confirmed-/, "cmp-claimed"],
  [/^russia-vs-ukraine-/, "cmp-sides"],
  [/^territory-(?!difference-|weekly-)/, "cmp-territory"],
  [/^claims-ledger$/, "cmp-ledger"],
  [/^front-line-map$/, "map"],
];

/**
 * "Copy link" for a chart: in the default view (no parameter in the page's URL) the share page of
 * the section the chart leads (`<base>share/<id>/`, which opens `/#<id>`), so the link previews
 * that chart; otherwise, and for any other chart, its permalink (the reader's range and options).
 */
export function chartLink(href: string, base: string, chartId: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  const page = SHARE_PAGES.find(([ids]) => ids.test(chartId))?.[1];
  if (page && url.search === "") return new URL(`${base}${sharePagePath(page)}`, url).toString();
  return permalink(href, chartId);
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
