// Puts the prebuilt default view into the built index.html: #root's markup, and the page's title,
// description and link-preview tags for that view. Pure (string in, string out), unit-tested.
import { numberSample } from "../../src/lib/format.ts";

export interface BakedView {
  /** #root's markup (react-dom/server). */
  html: string;
  title: string;
  description: string;
  /** The stylesheet holding the markup's styles (extractInlineStyles), relative to the site. */
  stylesheet?: string;
  /** Font files the markup's text is set in, preloaded (relative to the site). */
  fonts?: readonly string[];
  /** numberFormats() where the markup was rendered. */
  numbers: { sample: string; locales: readonly string[] };
  /** The link preview's picture, relative to the site (e.g. "/og/losses.png"), if one was made. */
  image?: { url: string; width: number; height: number; alt: string };
}

const ROOT = '<div id="root"></div>';

/**
 * Language tags page-init.js may meet in `navigator.language`. Those that write the page's numbers
 * exactly as the build does (numberSample) are baked into the page: page-init.js reads the tag
 * instead of asking Intl, whose first use costs 10–50 ms before the first paint.
 */
const CANDIDATE_LOCALES = [
  "en",
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-NZ",
  "en-IN",
  "en-ZA",
  "en-SG",
  "en-PH",
  "de",
  "de-DE",
  "de-AT",
  "de-CH",
  "fr",
  "fr-FR",
  "fr-CA",
  "es",
  "es-ES",
  "es-MX",
  "it",
  "pt",
  "pt-BR",
  "nl",
  "pl",
  "cs",
  "sv",
  "da",
  "nb",
  "fi",
  "uk",
  "uk-UA",
  "ru",
  "ru-RU",
  "ja",
  "ko",
  "zh",
  "zh-CN",
  "zh-TW",
  "he",
  "ar",
  "tr",
  "ro",
  "hu",
  "el",
  "lt",
  "lv",
  "et",
];

/** How this machine writes numbers (or `sample`), and the candidate tags that write them the same way. */
export function numberFormats(sample = numberSample()): { sample: string; locales: string[] } {
  return { sample, locales: CANDIDATE_LOCALES.filter((tag) => numberSample(tag) === sample) };
}

export const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The markup's style attributes as rules of a stylesheet: the Content-Security-Policy forbids
 * inline styles in HTML (React sets them through the CSSOM, which it allows). Each element keeps a
 * `data-prerender-style` naming its rule; `#root` in the selector lets it win over the page's class
 * rules as the inline style did. Once hydrated, a style React changes is set inline and wins.
 */
export function extractInlineStyles(markup: string): { markup: string; css: string } {
  const ids = new Map<string, number>();
  const out = markup.replace(/ style="([^"]*)"/g, (_m, value: string) => {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return ` data-prerender-style="${id}"`;
  });
  const css = [...ids].map(([value, id]) => `#root [data-prerender-style="${id}"]{${unescapeHtml(value)}}`);
  return { markup: out, css: css.join("\n") + (css.length ? "\n" : "") };
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Replaces the content of `<meta {attr}="{key}" content="…">` (which must be there, once). */
function setMeta(html: string, attr: "name" | "property", key: string, content: string): string {
  const tag = new RegExp(`<meta\\s+${attr}="${key}"\\s+content="[^"]*"\\s*/?>`, "g");
  const found = html.match(tag)?.length ?? 0;
  if (found !== 1) throw new Error(`index.html: expected one <meta ${attr}="${key}">, found ${found}`);
  return html.replace(tag, `<meta ${attr}="${key}" content="${escapeAttribute(content)}" />`);
}

export function bakeIntoHtml(template: string, view: BakedView): string {
  // Prettier may wrap the template's tags: meta tags are matched on one line.
  let html = template.replace(
    /<meta\s+([^>]*?)\s*\/?>/g,
    (_m, attrs: string) => `<meta ${attrs.replace(/\s+/g, " ")} />`,
  );
  if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to fill`);
  html = html.replace(ROOT, () => `<div id="root" data-prerendered>${view.html}</div>`);
  html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(view.title)}</title>`);
  html = html.replace(
    /<html([^>]*)>/,
    (_m, attrs: string) =>
      `<html${attrs} data-built-numbers="${escapeAttribute(view.numbers.sample)}"` +
      ` data-built-locales="${escapeAttribute(view.numbers.locales.join(" "))}">`,
  );
  // The text is on screen from the first paint: its font must come with the stylesheet, not once
  // the stylesheet is parsed, or swapping it in moves the text (a layout shift).
  for (const font of view.fonts ?? []) {
    const link = `<link rel="preload" href="${escapeAttribute(font)}" as="font" type="font/woff2" crossorigin>`;
    html = html.replace("</head>", () => `  ${link}\n  </head>`);
  }
  if (view.stylesheet) {
    const link = `<link rel="stylesheet" href="${escapeAttribute(view.stylesheet)}">`;
    html = html.replace("</head>", () => `  ${link}\n  </head>`);
  }
  html = setMeta(html, "name", "description", view.description);
  html = setMeta(html, "property", "og:title", view.title);
  html = setMeta(html, "property", "og:description", view.description);
  if (view.image) {
    const tags = [
      `<meta property="og:image" content="${escapeAttribute(view.image.url)}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${view.image.width}" />`,
      `<meta property="og:image:height" content="${view.image.height}" />`,
      `<meta property="og:image:alt" content="${escapeAttribute(view.image.alt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
    ];
    html = html.replace("</head>", () => `    ${tags.join("\n    ")}\n  </head>`);
  }
  return renderFirst(html);
}

/**
 * The head in the order the first paint needs it: the stylesheets and fonts right after the
 * title, the data files last. A browser opens six connections to a host over HTTP/1.1 and sends
 * the head's requests in order, so data preloads listed first held the render-blocking CSS back
 * (measured on the benchmark machine: first paint 12–24 ms later). The prebuilt page paints
 * without the data; only hydration waits for it.
 */
export function renderFirst(html: string): string {
  const take = (pattern: RegExp) => {
    const found = html.match(pattern) ?? [];
    for (const tag of found) html = html.replace(tag, "");
    return found.map((tag) => tag.trim());
  };
  const styles = take(/\s*<link rel="stylesheet"[^>]*>/g);
  const fonts = take(/\s*<link rel="preload"[^>]* as="font"[^>]*>/g);
  const data = take(/\s*<link rel="preload"[^>]* as="fetch"[^>]*>/g);
  const indent = "\n    ";
  html = html.replace(/<\/title>/, (t) => t + [...styles, ...fonts].map((tag) => indent + tag).join(""));
  return html.replace("</head>", () => data.map((tag) => `  ${tag}\n`).join("") + "  </head>");
}
