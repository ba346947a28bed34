// The share pages: one small static page per section (`share/<id>/index.html`), so a link to a
// section shows that section's title, figures and chart in a link preview (crawlers never see the
// part after `#`, so `/#map` previews the default view). Each page sends the reader on to
// `/#<id>` with a meta refresh (the Content-Security-Policy allows no inline script) and shows a
// plain link for a browser that does not follow it. Pure (strings in, string out), unit-tested.
import { sharePagePath } from "../../src/lib/export/share-pages.ts";
import { escapeAttribute, unescapeHtml } from "./bake-html.ts";

/** The share page's file in the built site, relative to its root (the base). */
export const sharePageFile = (id: string) => `${sharePagePath(id)}index.html`;

/** The share page's URL under Vite's `base` (which ends with "/"). */
export const sharePageUrl = (base: string, id: string) => `${base}${sharePagePath(id)}`;

/** Where the share page sends the reader: the page, scrolled to the section. */
export const sectionUrl = (base: string, id: string) => `${base}#${encodeURIComponent(id)}`;

/**
 * A site-relative URL made absolute on `site` (SITE_URL, e.g. "https://example.org"), for the
 * crawlers that read no relative og:image; unchanged without one. A bad SITE_URL is an error
 * naming it.
 */
export function absoluteUrl(path: string, site: string | undefined): string {
  if (!site) return path;
  let origin: URL;
  try {
    origin = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an http(s) URL such as https://example.org, got ${site}`);
  }
  if (!/^https?:$/.test(origin.protocol))
    throw new Error(`SITE_URL must be an http(s) URL such as https://example.org, got ${site}`);
  return new URL(path, origin).href;
}

/** A frame's texts as the prebuilt markup has them (HTML-escaped, as React wrote them). */
export interface FrameTexts {
  id: string;
  title: string;
  subtitle: string;
}

/** Every chart frame's id, title and subtitle in the markup, in page order, unescaped. */
export function frameTextsOf(html: string): FrameTexts[] {
  const frames: FrameTexts[] = [];
  for (const m of html.matchAll(/<figure [^>]*id="([^"]+)"[^>]*>(.*?)<\/figure>/gs)) {
    const body = m[2] as string;
    const title = /<h3[^>]*class="chart-frame__title"[^>]*>(.*?)<\/h3>/s.exec(body);
    if (!title) continue;
    const subtitle = /<p class="chart-frame__subtitle">(.*?)<\/p>/s.exec(body);
    frames.push({
      id: m[1] as string,
      title: plainText(title[1] as string),
      subtitle: subtitle ? plainText(subtitle[1] as string) : "",
    });
  }
  return frames;
}

/** Markup to its text: tags and React's `<!-- -->` separators dropped, entities decoded. */
const plainText = (html: string) =>
  unescapeHtml(html.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/** A sentence ends with one full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The share page's title and description: the section's name and the title of its first frame, or
 * of the one whose id starts with `headline` (the figures the panel shows for the default view),
 * then the first two frames' titles and ranges.
 */
export function describeSection(
  section: string,
  frames: readonly FrameTexts[],
  site: string,
  headline?: string,
): { title: string; description: string } {
  const first = headline ? frames.find((f) => f.id.startsWith(headline)) : frames[0];
  if (!first) throw new Error(`share page ${section}: the section drew no chart frame ${headline ?? ""}`);
  return {
    title: `${section} · ${first.title} · ${site}`,
    description: frames
      .slice(0, 2)
      .map((f) => sentence(f.subtitle ? `${f.title} (${f.subtitle})` : f.title))
      .join(" "),
  };
}

export interface SharePage {
  /** The section's element id (`/#<id>`). */
  id: string;
  /** Vite's base, ending with "/". */
  base: string;
  /** The site's address (SITE_URL), if known: the page's links and picture are then absolute. */
  siteUrl?: string;
  /** The section's name, for the link a reader whose browser does not follow sees. */
  section: string;
  title: string;
  description: string;
  site: string;
  image: { url: string; width: number; height: number; alt: string };
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function sharePageHtml(page: SharePage): string {
  // The reader goes on within the site that served the page; crawlers get the site's address.
  const target = sectionUrl(page.base, page.id);
  const a = escapeAttribute;
  const meta = (attr: "name" | "property", key: string, content: string | number) =>
    `<meta ${attr}="${key}" content="${a(String(content))}" />`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "  <head>",
    '    <meta charset="UTF-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    `    <title>${escapeText(page.title)}</title>`,
    `    <meta http-equiv="refresh" content="${a(`0; url=${target}`)}" />`,
    `    <link rel="canonical" href="${a(absoluteUrl(target, page.siteUrl))}" />`,
    `    ${meta("name", "description", page.description)}`,
    `    ${meta("property", "og:type", "website")}`,
    `    ${meta("property", "og:site_name", page.site)}`,
    `    ${meta("property", "og:title", page.title)}`,
    `    ${meta("property", "og:description", page.description)}`,
    ...(page.siteUrl
      ? [`    ${meta("property", "og:url", absoluteUrl(sharePageUrl(page.base, page.id), page.siteUrl))}`]
      : []),
    `    ${meta("property", "og:image", absoluteUrl(page.image.url, page.siteUrl))}`,
    `    ${meta("property", "og:image:type", "image/png")}`,
    `    ${meta("property", "og:image:width", page.image.width)}`,
    `    ${meta("property", "og:image:height", page.image.height)}`,
    `    ${meta("property", "og:image:alt", page.image.alt)}`,
    `    ${meta("name", "twitter:card", "summary_large_image")}`,
    "  </head>",
    "  <body>",
    `    <p><a href="${a(target)}">${escapeText(page.section)}: ${escapeText(page.site)}</a></p>`,
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}
