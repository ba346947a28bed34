// Composes the exported figure as one plain SVG (no <foreignObject>: files with HTML inside open
// blank in Illustrator and Inkscape): title, subtitle (the range), note, legend, the chart's own
// SVG markup, and a footer with the sources, their licences and the permalink. Pure string
// building; the caller measures text (canvas in the browser, a fixed width per character in tests)
// and passes the chart body already captured as SVG markup with concrete colours.

export type SwatchShape = "line" | "dash" | "bar" | "area" | "marker";

export interface ComposeLegendItem {
  label: string;
  /** A concrete colour ("rgb(194, 65, 12)"), never var(--…). */
  color: string;
  shape?: SwatchShape;
  pattern?: "hatch" | "dots";
}

export type MeasureText = (text: string, fontSize: number, fontWeight: number) => number;

export interface ComposeSpec {
  /** Figure width in CSS pixels (the on-screen figure's). */
  width: number;
  title: string;
  subtitle?: string;
  note?: string;
  legend: readonly ComposeLegendItem[];
  /** The chart: SVG markup laid out in a box of this size (CSS pixels). */
  body: { markup: string; width: number; height: number; defs?: string };
  /** Footer paragraphs (sources, licences, permalink), each wrapped to the width. */
  footer: readonly string[];
  colors: { background: string | null; text: string; muted: string; hatch: string };
  font: { family: string; css?: string };
  measure: MeasureText;
  /** Alternative text for the figure (<desc>). */
  description?: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

export const PAD = 16;
const TITLE = { size: 18, weight: 700, line: 24 };
const SUBTITLE = { size: 13, weight: 400, line: 18 };
const NOTE = { size: 12, weight: 400, line: 17 };
const LEGEND = { size: 12, weight: 400, line: 20 };
const FOOT = { size: 11, weight: 400, line: 15 };

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** Greedy word wrap to `width`; a word longer than a line (a URL) is cut where the line is full. */
export function wrapText(text: string, width: number, size: number, weight: number, measure: MeasureText) {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, weight) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const ch of word) {
      if (line && measure(line + ch, size, weight) > width) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(
  lines: readonly string[],
  x: number,
  top: number,
  style: { size: number; weight: number; line: number },
  fill: string,
): string {
  // Baseline at ~0.75 of the line box, centring Latin text in it.
  return lines
    .map((line, i) => {
      const y = top + i * style.line + Math.round(style.line * 0.72);
      const weight = style.weight === 400 ? "" : ` font-weight="${style.weight}"`;
      return `<text x="${x}" y="${y}" font-size="${style.size}"${weight} fill="${fill}">${escapeXml(line)}</text>`;
    })
    .join("");
}

function swatch(
  item: ComposeLegendItem,
  x: number,
  y: number,
  patternId: string,
  background: string | null,
): string {
  const shape = item.shape ?? "line";
  if (shape === "marker") {
    return `<circle cx="${x + 9}" cy="${y + 6}" r="4" fill="${background ?? "none"}" stroke="${item.color}" stroke-width="2"/>`;
  }
  if (shape === "line" || shape === "dash") {
    const dash = shape === "dash" ? ` stroke-dasharray="4 2.5"` : "";
    return `<line x1="${x + 1}" y1="${y + 6}" x2="${x + 17}" y2="${y + 6}" stroke="${item.color}" stroke-width="2.5"${dash}/>`;
  }
  const opacity = shape === "area" ? ` fill-opacity="0.55"` : "";
  const base = `<rect x="${x + 1}" y="${y + 1}" width="16" height="10" rx="1.5" fill="${item.color}"${opacity}/>`;
  return item.pattern
    ? `${base}<rect x="${x + 1}" y="${y + 1}" width="16" height="10" rx="1.5" fill="url(#${patternId}-${item.pattern})"/>`
    : base;
}

/** Legend keys in rows: swatch, gap, label; a row wraps when the next key would not fit. */
function legendBlock(spec: ComposeSpec, top: number, inner: number, patternId: string) {
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of spec.legend) {
    const w = 18 + 6 + spec.measure(item.label, LEGEND.size, LEGEND.weight);
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    const y = top + row * LEGEND.line;
    parts.push(swatch(item, PAD + x, y + 3, patternId, spec.colors.background));
    parts.push(textBlock([item.label], PAD + x + 24, y, { ...LEGEND, line: 18 }, spec.colors.text));
    x += w + 16;
  }
  const rows = spec.legend.length ? row + 1 : 0;
  return { markup: parts.join(""), height: rows * LEGEND.line };
}

export function composeFigureSvg(spec: ComposeSpec): ComposedSvg {
  const width = Math.round(spec.width);
  const inner = width - 2 * PAD;
  const patternId = "export-pattern";
  const out: string[] = [];
  let y = PAD;

  const title = wrapText(spec.title, inner, TITLE.size, TITLE.weight, spec.measure);
  out.push(textBlock(title, PAD, y, TITLE, spec.colors.text));
  y += title.length * TITLE.line;
  if (spec.subtitle) {
    const lines = wrapText(spec.subtitle, inner, SUBTITLE.size, SUBTITLE.weight, spec.measure);
    out.push(textBlock(lines, PAD, y, SUBTITLE, spec.colors.muted));
    y += lines.length * SUBTITLE.line;
  }
  if (spec.note) {
    const lines = wrapText(spec.note, inner, NOTE.size, NOTE.weight, spec.measure);
    out.push(textBlock(lines, PAD, y + 2, NOTE, spec.colors.muted));
    y += lines.length * NOTE.line + 2;
  }
  if (spec.legend.length) {
    y += 8;
    const legend = legendBlock(spec, y, inner, patternId);
    out.push(legend.markup);
    y += legend.height;
  }
  y += 8;
  // The chart keeps its on-screen size; a body wider than the figure (never on the page) is scaled.
  const scale = spec.body.width > inner ? inner / spec.body.width : 1;
  const bodyHeight = spec.body.height * scale;
  const bodyBox = { x: PAD, y, width: spec.body.width * scale, height: bodyHeight };
  const body = `<g transform="translate(${PAD} ${y})${scale !== 1 ? ` scale(${scale})` : ""}">${spec.body.markup}</g>`;
  y += bodyHeight + 10;
  for (const paragraph of spec.footer) {
    const lines = wrapText(paragraph, inner, FOOT.size, FOOT.weight, spec.measure);
    out.push(textBlock(lines, PAD, y, FOOT, spec.colors.muted));
    y += lines.length * FOOT.line;
  }
  const height = Math.ceil(y + PAD);

  const patterns = `<pattern id="${patternId}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="1.6" height="4" fill="${spec.colors.hatch}"/></pattern><pattern id="${patternId}-dots" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><circle cx="2" cy="2" r="0.9" fill="${spec.colors.hatch}"/></pattern>`;
  const style = spec.font.css ? `<style>${spec.font.css}</style>` : "";
  const background = spec.colors.background
    ? `<rect width="${width}" height="${height}" fill="${spec.colors.background}"/>`
    : "";
  // The body is drawn first and the figure's background painted over everything outside its box, so
  // a zoomed map's shapes cannot cover the title or footer. (A clip would do the same, but resvg,
  // which renders the exported SVG outside the browser, panics on clipped nested <svg>s.)
  const bands = spec.colors.background ? outsideBands(bodyBox, width, height, spec.colors.background) : "";
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(spec.font.family)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    (spec.description ? `<desc>${escapeXml(spec.description)}</desc>` : "") +
    `<defs>${style}${patterns}${spec.body.defs ?? ""}</defs>` +
    background +
    body +
    bands +
    out.join("") +
    `</svg>`;
  return { svg, width, height };
}

/** Four rectangles covering the figure outside `box`. */
function outsideBands(
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
  fill: string,
): string {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const rects = [
    [0, 0, width, box.y],
    [0, bottom, width, height - bottom],
    [0, box.y, box.x, box.height],
    [right, box.y, width - right, box.height],
  ].filter(([, , w, h]) => w! > 0 && h! > 0);
  return rects
    .map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`)
    .join("");
}
