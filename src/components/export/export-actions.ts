// Everything the Download menu does, loaded on its first opening (dynamic import) so none of it
// weighs on the first chart: compose the figure as plain SVG, draw it to PNG, build the CSV, and
// put files on disk or the clipboard.
import inter400 from "@fontsource/inter/files/inter-latin-400-normal.woff2?url";
import inter700 from "@fontsource/inter/files/inter-latin-700-normal.woff2?url";
import type { LegendItem } from "../LegendSwatch";
import { buildCsv, type CsvSource, type ExportData } from "../../lib/export/csv";
import { composeFigureSvg, type ComposedSvg, type MeasureText } from "../../lib/export/svg-compose";
import { captureBody, resolveColor, withTheme } from "./capture-svg";

export type ExportTheme = "light" | "dark";

/** The font stack of exported text: Inter (embedded), then what other programs likely have. */
export const EXPORT_FONT_FAMILY = "Inter, Helvetica, Arial, sans-serif";

export interface FigureInput {
  figure: HTMLElement;
  legend: readonly LegendItem[];
  sources: readonly CsvSource[];
  permalink: string;
  theme: ExportTheme;
  transparent: boolean;
}

const textOf = (root: Element, selector: string) =>
  (root.querySelector(selector)?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Title, subtitle, note and footer as the reader sees them in the frame. */
export function frameTexts(figure: HTMLElement) {
  return {
    title: textOf(figure, ".chart-frame__title"),
    subtitle: textOf(figure, ".chart-frame__subtitle"),
    note: textOf(figure, ".chart-frame__note"),
    footer: textOf(figure, ".chart-frame__foot"),
    summary: figure.getAttribute("aria-describedby")
      ? (document.getElementById(figure.getAttribute("aria-describedby") ?? "")?.textContent ?? "")
      : "",
  };
}

let fontCss: Promise<string> | null = null;

async function dataUrl(url: string, type: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${type};base64,${btoa(binary)}`;
}

/** @font-face rules with the page's own Inter files (Latin, 400 and 700) inlined as base64. */
function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all([dataUrl(inter400, "font/woff2"), dataUrl(inter700, "font/woff2")]).then(
    ([regular, bold]) =>
      `@font-face{font-family:Inter;font-style:normal;font-weight:400;src:url(${regular}) format("woff2")}` +
      `@font-face{font-family:Inter;font-style:normal;font-weight:700;src:url(${bold}) format("woff2")}`,
  );
  return fontCss;
}

function canvasMeasure(): MeasureText {
  const ctx = document.createElement("canvas").getContext("2d");
  return (text, size, weight) => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = `${weight} ${size}px ${EXPORT_FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Licences written out once per source ("Oryx: CC BY 4.0"). */
function licenceLine(sources: readonly CsvSource[]): string | null {
  const known = sources.filter((s) => s.licence);
  return known.length
    ? `Licence${known.length > 1 ? "s" : ""}: ${known.map((s) => `${s.name}: ${s.licence}`).join("; ")}.`
    : null;
}

export async function buildFigureSvg(input: FigureInput): Promise<ComposedSvg> {
  const { figure } = input;
  const body = figure.querySelector<HTMLElement>(".chart-frame__body");
  if (!body) throw new Error(`figure #${figure.id} has no chart body`);
  const [css] = await Promise.all([
    embeddedFontCss(),
    document.fonts.load(`700 18px Inter`),
    document.fonts.load(`400 12px Inter`),
  ]);
  const texts = frameTexts(figure);
  const captured = withTheme(input.theme, () => ({
    body: captureBody(body, input.transparent ? null : resolveColor("var(--bg)", figure)),
    legend: input.legend.map((item) => ({
      label: item.label,
      color: resolveColor(item.muted ? "var(--series-muted)" : item.color, figure),
      shape: item.shape,
      pattern: item.pattern,
    })),
    colors: {
      background: input.transparent ? null : resolveColor("var(--bg)", figure),
      text: resolveColor("var(--text)", figure),
      muted: resolveColor("var(--text-muted)", figure),
      hatch: resolveColor("var(--hatch)", figure),
    },
  }));
  const footer = [texts.footer, licenceLine(input.sources), input.permalink].filter((s): s is string => !!s);
  return composeFigureSvg({
    width: figure.getBoundingClientRect().width,
    title: texts.title,
    subtitle: texts.subtitle || undefined,
    note: texts.note || undefined,
    legend: captured.legend,
    body: captured.body,
    footer,
    colors: captured.colors,
    font: { family: EXPORT_FONT_FAMILY, css },
    measure: canvasMeasure(),
    description: texts.summary || undefined,
  });
}

/** The SVG drawn on a canvas `scale` times its size. */
export async function svgToPng(figure: ComposedSvg, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([figure.svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(figure.width * scale);
    canvas.height = Math.round(figure.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw on a canvas");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be encoded"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function csvBlob(data: ExportData, meta: Parameters<typeof buildCsv>[1]): Blob {
  // No byte-order mark: it would hide the first "#" comment line from pandas and R.
  return new Blob([buildCsv(data, meta)], { type: "text/csv;charset=utf-8" });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts a PNG on the clipboard; the promise form keeps Safari's user-gesture requirement. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
}
