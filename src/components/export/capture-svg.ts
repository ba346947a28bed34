// Turns the chart body of a ChartFrame into plain SVG markup with concrete colours: the chart's
// own <svg> elements are cloned with the computed styles that matter written as attributes
// (var(--…) and light-dark() resolved for the chosen theme), HTML inside the body (notes, an HTML
// legend or map overlay) is redrawn as <rect> and <text>, a <canvas> becomes an <image>. Page
// chrome (buttons, inputs, sliders, tooltips, anything marked data-export="skip") is left out.
import { escapeXml } from "../../lib/export/svg-compose";

/** What never belongs in an exported figure. Features mark their own chrome with data-export="skip". */
export const SKIP_SELECTOR = [
  "button",
  "input",
  "select",
  "textarea",
  "[role='slider']",
  "[role='tooltip']",
  "[data-export='skip']",
  ".visually-hidden",
  ".recharts-tooltip-wrapper",
  ".recharts-tooltip-cursor",
  ".recharts-active-dot",
].join(",");

/** Inherited SVG properties: written only where they differ from the parent's value. */
const INHERITED = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
] as const;
/** Not inherited: written where they differ from the initial value. */
const OWN: Record<string, string> = { opacity: "1", "stop-color": "rgb(0, 0, 0)", "stop-opacity": "1" };

const isTransparent = (color: string) =>
  color === "transparent" || /rgba\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);

export interface CaptureResult {
  markup: string;
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
}

/** The captured body's box on screen and the figure's background (null: transparent). */
interface Capture extends Box {
  width: number;
  height: number;
  background: string | null;
}

/** An <svg> whose drawing may spill out of its box (the zoomed map) and must be cut to it. */
export const EXPORT_CLIP_ATTRIBUTE = "data-export-clip";

/**
 * Background-coloured bands over the body outside `r`, drawn right after a spilling <svg> so that
 * what comes later (the map's legend) stays on top. On an opaque background the spill is covered
 * rather than clipped: resvg draws some of the map's clipped shapes wider than the browser does. A
 * transparent figure has nothing to cover with, so there the <svg> clips (overflow="hidden").
 */
function coverOutside(r: DOMRect, capture: Capture): string {
  if (!capture.background) return "";
  const x = r.left - capture.left;
  const y = r.top - capture.top;
  return [
    [0, 0, capture.width, y],
    [0, y + r.height, capture.width, capture.height - y - r.height],
    [0, y, x, r.height],
    [x + r.width, y, capture.width - x - r.width, r.height],
  ]
    .filter(([, , w, h]) => w! > 0 && h! > 0)
    .map(
      ([bx, by, w, h]) =>
        `<rect x="${num(bx!)}" y="${num(by!)}" width="${num(w!)}" height="${num(h!)}" fill="${capture.background}"/>`,
    )
    .join("");
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** url("#id") (Chrome's computed form, sometimes with the page's address) as url(#id): other programs (resvg) read only that. */
function plainUrl(value: string): string {
  return value.replace(/url\("?[^"#)]*(#[^")]+)"?\)/g, "url($1)");
}

/**
 * vector-effect="non-scaling-stroke" (the map's lines stay thin when zoomed) is not drawn by every
 * program: the stroke is written in the element's own units instead, divided by its on-screen scale.
 */
function unscaleStroke(el: Element, cs: CSSStyleDeclaration, copy: Element): void {
  const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
  const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
  copy.removeAttribute("vector-effect");
  if (!(scale > 0) || Math.abs(scale - 1) < 1e-6) return;
  const fine = (n: number) => String(Math.round(n * 1e5) / 1e5);
  copy.setAttribute("stroke-width", fine(parseFloat(cs.strokeWidth) / scale));
  const dash = cs.strokeDasharray;
  if (dash && dash !== "none")
    copy.setAttribute(
      "stroke-dasharray",
      dash
        .split(/[\s,]+/)
        .map((d) => fine(parseFloat(d) / scale))
        .join(" "),
    );
}

function cloneSvg(svg: SVGSVGElement, origin: Box, clip = false): string {
  const rect = svg.getBoundingClientRect();
  // Cloned into a detached document: copying the chart's style attributes into the page itself
  // would count as inline styles under the page's Content-Security-Policy.
  const scratch = document.implementation.createHTMLDocument("");
  const clone = scratch.importNode(svg, true);
  const originals = [svg, ...svg.querySelectorAll("*")];
  const clones = [clone, ...clone.querySelectorAll("*")];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const drop: Element[] = [];
  originals.forEach((el, i) => {
    const copy = clones[i] as Element;
    const cs = getComputedStyle(el);
    styles.set(el, cs);
    if (cs.display === "none" || (i > 0 && el.matches(SKIP_SELECTOR))) {
      drop.push(copy);
      return;
    }
    const parent = el.parentElement ? styles.get(el.parentElement) : undefined;
    for (const prop of INHERITED) {
      const value = plainUrl(cs.getPropertyValue(prop));
      if (i === 0 || !parent || parent.getPropertyValue(prop) !== value || copy.hasAttribute(prop)) {
        copy.setAttribute(prop, value);
      }
    }
    for (const [prop, initial] of Object.entries(OWN)) {
      const value = cs.getPropertyValue(prop);
      if (value && value !== initial) copy.setAttribute(prop, value);
      else copy.removeAttribute(prop);
    }
    if (cs.getPropertyValue("vector-effect") === "non-scaling-stroke") unscaleStroke(el, cs, copy);
    for (const attr of [...copy.attributes]) {
      if (
        attr.name === "class" ||
        attr.name === "style" ||
        attr.name === "font-family" ||
        attr.name === "tabindex" ||
        attr.name.startsWith("aria-") ||
        attr.name === "role" ||
        attr.value.includes("var(")
      )
        copy.removeAttribute(attr.name);
    }
  });
  for (const el of drop) el.remove();
  clone.setAttribute("x", num(rect.left - origin.left));
  clone.setAttribute("y", num(rect.top - origin.top));
  clone.setAttribute("width", num(rect.width));
  clone.setAttribute("height", num(rect.height));
  if (!clone.hasAttribute("viewBox"))
    clone.setAttribute("viewBox", `0 0 ${num(rect.width)} ${num(rect.height)}`);
  clone.setAttribute("overflow", clip ? "hidden" : "visible");
  clone.removeAttribute("xmlns");
  return new XMLSerializer()
    .serializeToString(clone)
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, "");
}

/** Each line a text node wraps onto, with the words on it (the browser laid them out). */
function textLines(node: Text): { text: string; rect: DOMRect }[] {
  const content = node.data;
  const lines: { text: string; rect: DOMRect; start: number; end: number }[] = [];
  const range = document.createRange();
  const words = /\S+/g;
  for (let m = words.exec(content); m; m = words.exec(content)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.rect.top - rect.top) < rect.height / 2) {
      line.end = m.index + m[0].length;
      line.rect = new DOMRect(line.rect.left, line.rect.top, rect.right - line.rect.left, line.rect.height);
    } else lines.push({ text: "", rect, start: m.index, end: m.index + m[0].length });
  }
  return lines.map((l) => ({ text: content.slice(l.start, l.end).replace(/\s+/g, " "), rect: l.rect }));
}

function htmlText(node: Text, cs: CSSStyleDeclaration, origin: Box, out: string[]): void {
  if (!node.data.trim()) return;
  const upper = cs.textTransform === "uppercase";
  const weight = cs.fontWeight === "400" ? "" : ` font-weight="${cs.fontWeight}"`;
  const italic = cs.fontStyle === "italic" ? ` font-style="italic"` : "";
  for (const line of textLines(node)) {
    // Baseline at ~80% of the glyph box (the ascent of Inter and most sans-serif fonts).
    const y = line.rect.top - origin.top + line.rect.height * 0.8;
    const text = upper ? line.text.toUpperCase() : line.text;
    out.push(
      `<text x="${num(line.rect.left - origin.left)}" y="${num(y)}" font-size="${cs.fontSize}"${weight}${italic} fill="${cs.color}">${escapeXml(text)}</text>`,
    );
  }
}

function htmlBox(el: HTMLElement, cs: CSSStyleDeclaration, origin: Box, out: string[]): void {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return;
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  const radius = parseFloat(cs.borderTopLeftRadius) || 0;
  const rx = radius ? ` rx="${num(Math.min(radius, r.width / 2, r.height / 2))}"` : "";
  if (!isTransparent(cs.backgroundColor)) {
    out.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(r.width)}" height="${num(r.height)}"${rx} fill="${cs.backgroundColor}"/>`,
    );
  }
  const sides = [
    ["Top", x, y, x + r.width, y],
    ["Right", x + r.width, y, x + r.width, y + r.height],
    ["Bottom", x, y + r.height, x + r.width, y + r.height],
    ["Left", x, y, x, y + r.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (!width || style === "none" || style === "hidden" || isTransparent(color)) continue;
    const dash = style === "dashed" ? ` stroke-dasharray="${width * 3} ${width * 2}"` : "";
    out.push(
      `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${color}" stroke-width="${width}"${dash}/>`,
    );
  }
}

function walk(el: Element, origin: Capture, out: string[]): void {
  const cs = getComputedStyle(el);
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (cs.visibility !== "hidden") htmlText(child as Text, cs, origin, out);
      continue;
    }
    if (!(child instanceof Element) || child.matches(SKIP_SELECTOR)) continue;
    const ccs = getComputedStyle(child);
    if (ccs.display === "none" || ccs.opacity === "0") continue;
    if (child instanceof SVGSVGElement) {
      if (ccs.visibility !== "hidden") {
        const spills = child.hasAttribute(EXPORT_CLIP_ATTRIBUTE);
        out.push(cloneSvg(child, origin, spills && !origin.background));
        if (spills) out.push(coverOutside(child.getBoundingClientRect(), origin));
      }
    } else if (child instanceof HTMLCanvasElement) {
      const r = child.getBoundingClientRect();
      const href = child.toDataURL("image/png");
      out.push(
        `<image x="${num(r.left - origin.left)}" y="${num(r.top - origin.top)}" width="${num(r.width)}" height="${num(r.height)}" href="${href}" xlink:href="${href}"/>`,
      );
    } else if (child instanceof HTMLDetailsElement && !child.open) {
      // A closed <details> shows only its summary (the browser still lays out the rest).
      if (ccs.visibility !== "hidden") htmlBox(child, ccs, origin, out);
      const summary = child.querySelector(":scope > summary");
      if (summary instanceof HTMLElement) walk(summary, origin, out);
    } else if (child instanceof HTMLElement) {
      if (ccs.visibility !== "hidden") htmlBox(child, ccs, origin, out);
      walk(child, origin, out);
    }
  }
}

/**
 * The body as SVG markup, in a box the size the body has on screen. A closed <details> in it is
 * drawn open (what it holds is part of the figure: the ledger's arithmetic under each verdict),
 * unless it is marked data-export="skip": opened, laid out and closed again in one synchronous
 * step, so the page never paints it open.
 */
export function captureBody(body: HTMLElement, background: string | null): CaptureResult {
  const closed = [...body.querySelectorAll<HTMLDetailsElement>("details:not([open])")].filter(
    (d) => !d.closest(SKIP_SELECTOR),
  );
  for (const d of closed) d.open = true;
  try {
    const r = body.getBoundingClientRect();
    const out: string[] = [];
    walk(body, { left: r.left, top: r.top, width: r.width, height: r.height, background }, out);
    return { markup: out.join(""), width: r.width, height: r.height };
  } finally {
    for (const d of closed) d.open = false;
  }
}

/** A CSS colour expression (var(--x), light-dark(…), a name) as the browser computes it inside `el`. */
export function resolveColor(value: string, el: Element): string {
  const probe = document.createElement("span");
  probe.style.color = value;
  probe.style.display = "none";
  el.appendChild(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

/**
 * Runs `read` with the page switched to `theme` the way the theme toggle does it (data-theme on
 * <html>), then switches back. Chrome resolves light-dark() inside the custom properties where they
 * are declared (:root), so a color-scheme on the figure alone would not change them. Synchronous:
 * the page never paints the other theme.
 */
export function withTheme<T>(theme: "light" | "dark", read: () => T): T {
  const root = document.documentElement;
  const before = root.getAttribute("data-theme");
  root.setAttribute("data-theme", theme);
  try {
    return read();
  } finally {
    if (before === null) root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", before);
  }
}
