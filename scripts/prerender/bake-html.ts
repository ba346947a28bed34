// Puts the prebuilt default view into the built index.html: #root's markup, and the page's title,
// description and link-preview tags for that view. Pure (string in, string out), unit-tested.

export interface BakedView {
  /** #root's markup (react-dom/server). */
  html: string;
  title: string;
  description: string;
  /** The stylesheet holding the markup's styles (extractInlineStyles), relative to the site. */
  stylesheet?: string;
  /** Font files the markup's text is set in, preloaded (relative to the site). */
  fonts?: readonly string[];
  /** numberSample() where the markup was rendered. */
  numbers: string;
  /** The link preview's picture, relative to the site (e.g. "/og/losses.png"), if one was made. */
  image?: { url: string; width: number; height: number; alt: string };
}

const ROOT = '<div id="root"></div>';

/**
 * How this machine formats numbers (grouping, decimals, minus sign, compact and percent forms),
 * which the page formats in the reader's locale: public/page-init.js computes the same text in the
 * browser and uses the prebuilt view only where they agree (elsewhere the page renders afresh,
 * as without the prebuilt view), so hydration never meets other digits.
 */
export function numberSample(): string {
  return [
    new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(-1234567.5),
    new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 }).format(1250000),
    new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(0.125),
  ].join("|");
}

const unescapeHtml = (text: string) =>
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
    (_m, attrs: string) => `<html${attrs} data-built-numbers="${escapeAttribute(view.numbers)}">`,
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
  return html;
}
