// The link preview's picture (og:image): the default view's first chart as a 1200×630 PNG, made at
// build time from the prebuilt markup (the same SVG the page paints first), with its title, range
// and source, rendered by resvg with the page's font. Colours are the light theme's, read from the
// stylesheets that define them (src/styles/colors.css, src/index.css), so there is one home for each.

export const PREVIEW = { width: 1200, height: 630 } as const;
const PAD = 48;

/** `--name: light-dark(light, dark)` or `--name: value` declarations → name → the light value. */
export function lightColors(css: string): Map<string, string> {
  const colors = new Map<string, string>();
  for (const m of css.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const value = (m[2] as string).trim();
    const pair = /^light-dark\((.+)\)$/.exec(value);
    colors.set(m[1] as string, pair ? splitTopLevel(pair[1] as string)[0]!.trim() : value);
  }
  return colors;
}

/** "a, rgb(1 2 3 / 0.1)" → ["a", " rgb(1 2 3 / 0.1)"]: commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Every `var(--name)` replaced by its colour; an unknown one is an error naming it. */
export function resolveVars(svg: string, colors: ReadonlyMap<string, string>): string {
  return svg.replace(/var\(--([\w-]+)\)/g, (_m, name: string) => {
    const value = colors.get(name);
    if (value === undefined) throw new Error(`link preview: no colour --${name} in the stylesheets`);
    return value;
  });
}

export interface PreviewChart {
  /** The chart's title, as its frame shows it (HTML-escaped text, as React wrote it). */
  title: string;
  /** The frame's subtitle (the range and unit), escaped likewise. */
  subtitle: string;
  /** The frame's credit line ("Sources: A and B.", as HTML-escaped text) and the day the data runs to. */
  source: string;
  dataTo: string;
  /** The chart SVG's width and height, and its inner markup. */
  width: number;
  height: number;
  body: string;
  /** The frame's legend (drawn outside the chart's SVG): each key's swatch markup and label. */
  legend: { swatch: string; label: string }[];
}

/** The legend keys of a frame's markup: `<li><svg class="legend-swatch" …>…</svg>Label</li>`. */
function legendOf(frame: string): PreviewChart["legend"] {
  const list = /<ul class="chart-frame__legend"[^>]*>(.*?)<\/ul>/s.exec(frame);
  if (!list) return [];
  return [...(list[1] as string).matchAll(/<li[^>]*>\s*(<svg .*?<\/svg>)(.*?)<\/li>/gs)].map((m) => ({
    swatch: m[1] as string,
    label: (m[2] as string)
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]*>/g, "")
      .trim(),
  }));
}

/** The first chart frame of the prebuilt markup: its title, subtitle and SVG. */
export function firstChartOf(html: string): PreviewChart {
  return chartFrameOf(html);
}

/**
 * The chart frame (ChartFrame's <figure>) whose id starts with `idPrefix`, or the first one: its
 * title, subtitle, source, last day and the first SVG drawn in its body (the chart, not a legend
 * swatch). An error names what is missing.
 */
export function chartFrameOf(html: string, idPrefix = ""): PreviewChart {
  const id = idPrefix.replace(/[^\w-]/g, "");
  const start = html.search(id ? new RegExp(`<figure [^>]*id="${id}[^"]*"`) : /<figure[\s>]/);
  if (start < 0) throw new Error(`link preview: no chart frame ${idPrefix || ""}in the prebuilt markup`);
  const end = html.indexOf("</figure>", start);
  const frame = html.slice(start, end < 0 ? undefined : end);
  const title = /<h3[^>]*class="chart-frame__title"[^>]*>([^<]*)<\/h3>/.exec(frame);
  const subtitle = /<p class="chart-frame__subtitle">([^<]*)<\/p>/.exec(frame);
  const bodyAt = frame.indexOf('class="chart-frame__body"');
  const svg = /<svg class="[^"]*" width="(\d+)" height="(\d+)"[^>]*>(.*?)<\/svg>/s.exec(
    bodyAt < 0 ? frame : frame.slice(bodyAt),
  );
  // The footer's first part, as text: "Source: A." or "Sources: A and B." (tags and React's
  // <!-- --> separators dropped; entities kept, as the SVG needs them).
  const foot = /<footer class="chart-frame__foot"><span>(.*?)\.<\/span>/s.exec(frame);
  const source = foot
    ? [
        foot[0],
        `${foot[1]!
          .replace(/<!-- -->/g, "")
          .replace(/<[^>]*>/g, "")
          .trim()}.`,
      ]
    : null;
  const dataTo = /<span class="chart-frame__data-to">([^<]*)/.exec(frame);
  const missing = Object.entries({ title, subtitle, svg, source, dataTo })
    .filter(([, m]) => !m)
    .map(([k]) => k);
  if (missing.length || !title || !subtitle || !svg || !source || !dataTo)
    throw new Error(`link preview: the chart frame ${idPrefix || "found"} has no ${missing.join(", ")}`);
  return {
    title: title[1] as string,
    subtitle: subtitle[1] as string,
    source: source[1] as string,
    dataTo: dataTo[1] as string,
    width: Number(svg[1]),
    height: Number(svg[2]),
    body: svg[3] as string,
    legend: legendOf(frame),
  };
}

/** Words into lines of at most `max` characters (the title's font fits ~56 to the line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first `max` lines, the last one ending in "…" if any were left out. */
function clip(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] as string).replace(/[\s,;:(]+$/, "")}…`;
  return kept;
}

/** Legend keys in a row (wrapping) under the subtitle: 1.5× swatches, 17 px labels; ~8.6 px a character. */
function legendRow(
  keys: PreviewChart["legend"],
  top: number,
  color: string,
): { parts: string[]; height: number } {
  if (keys.length === 0) return { parts: [], height: 0 };
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const key of keys) {
    const width = 27 + 8 + key.label.length * 8.6 + 24;
    if (x > PAD && x + width > PREVIEW.width - PAD) {
      x = PAD;
      y += 28;
    }
    parts.push(
      // LegendSwatch draws on an 18×12 view box.
      key.swatch.replace(/^<svg[^>]*>/, `<svg x="${x}" y="${y}" width="27" height="18" viewBox="0 0 18 12">`),
      `<text x="${x + 35}" y="${y + 14}" font-size="17" fill="${color}">${key.label}</text>`,
    );
    x += width;
  }
  return { parts, height: y - top + 30 };
}

/** The preview as a standalone SVG (colours resolved, no CSS): title, range, chart, credits. */
export function linkPreviewSvg(
  chart: PreviewChart,
  site: string,
  colors: ReadonlyMap<string, string>,
): string {
  const c = (name: string) => resolveVars(`var(--${name})`, colors);
  const titleLines = clip(wrap(chart.title, 56), 2);
  const siteY = PAD + 2;
  const titleTop = siteY + 46;
  const subtitleY = titleTop + titleLines.length * 42 + 4;
  const legend = legendRow(chart.legend, subtitleY + 22, c("text"));
  const chartTop = subtitleY + 24 + legend.height;
  // The credit line, in two lines if it is long (16 px Inter: ~125 characters to the line).
  const credit = wrap(`${chart.source} Data to ${chart.dataTo}.`, 125).slice(0, 2);
  const creditTop = PREVIEW.height - PAD + 6 - (credit.length - 1) * 22;
  const chartBottom = creditTop - 36;
  const scale = Math.min((PREVIEW.width - 2 * PAD) / chart.width, (chartBottom - chartTop) / chart.height);
  const body = resolveVars(chart.body, colors);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 ${PREVIEW.width} ${PREVIEW.height}" font-family="Inter">`,
    `<rect width="100%" height="100%" fill="${c("bg")}"/>`,
    `<text x="${PAD}" y="${siteY}" font-size="20" font-weight="700" fill="${c("accent")}">${site}</text>`,
    ...titleLines.map(
      (line, i) =>
        `<text x="${PAD}" y="${titleTop + i * 42}" font-size="34" font-weight="700" fill="${c("text")}">${line}</text>`,
    ),
    `<text x="${PAD}" y="${subtitleY}" font-size="20" fill="${c("text-muted")}">${chart.subtitle}</text>`,
    ...legend.parts.map((part) => resolveVars(part, colors)),
    `<g transform="translate(${PAD} ${chartTop}) scale(${scale.toFixed(4)})">${body}</g>`,
    ...credit.map(
      (line, i) =>
        `<text x="${PAD}" y="${creditTop + i * 22}" font-size="16" fill="${c("text-muted")}">${line}</text>`,
    ),
    `</svg>`,
  ].join("\n");
}
