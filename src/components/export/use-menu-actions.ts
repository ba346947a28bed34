// What each item of the Download menu does (DownloadMenu.tsx draws the menu): the export work
// itself is in export-actions.ts, imported on the menu's first opening. Reports progress and the
// outcome as a status line, and shows a citation, embed code or link in a panel.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type RefObject } from "react";
import { manifestQuery } from "../../data/queries/manifest";
import type { IsoDate } from "../../data/schemas/common";
import { rangeContextFromManifest } from "../../filters/range";
import { parseUrlContext } from "../../filters/url-state";
import { currentHref, currentSearch } from "../../filters/use-url-state";
import type { CsvSource, ExportData } from "../../lib/export/csv";
import type { LegendItem } from "../LegendSwatch";
import { exportFileName } from "../../lib/export/file-name";
import { buildCitation, chartLink, embedSnippet, embedUrl, permalink } from "../../lib/export/share-text";
import type * as ExportActions from "./export-actions";
import type { ExportTheme } from "./export-actions";

type Actions = typeof ExportActions;
let actionsModule: Promise<Actions> | null = null;
/** The export code, loaded once (on the menu's first opening). */
export const loadActions = () => (actionsModule ??= import("./export-actions"));

export type MenuAction = "png2" | "png4" | "svg" | "csv" | "copyImage" | "copyLink" | "cite" | "embed";
export type SharePanelContent = null | { kind: "cite" | "embed" | "link"; text: string };

const today = () => new Date().toISOString().slice(0, 10) as IsoDate;

export interface ExportTarget {
  frameId: string;
  exportData: ExportData;
  legend: readonly LegendItem[];
  sources: readonly { name: string; url: string }[];
  /** The last day of the data drawn, for the citation. */
  dataTo?: IsoDate;
}

interface MenuActionOptions extends ExportTarget {
  exportTheme: ExportTheme;
  transparent: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Closes the menu (and returns focus to its button). */
  close: () => void;
}

export function useMenuActions({
  frameId,
  exportData,
  legend,
  sources,
  dataTo,
  exportTheme,
  transparent,
  buttonRef,
  close,
}: MenuActionOptions) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState("");
  const [panel, setPanel] = useState<SharePanelContent>(null);
  const [busy, setBusy] = useState(false);

  const figure = () => buttonRef.current?.closest("figure") as HTMLElement | null;
  /** Sources with their licences from the manifest (matched by URL). */
  const credited = (): CsvSource[] => {
    const manifest = queryClient.getQueryData(manifestQuery().queryKey);
    return sources.map((s) => ({
      ...s,
      licence: manifest?.sources.find((m) => m.url === s.url)?.licence,
    }));
  };
  const link = () => permalink(currentHref(), frameId);
  /** The rows' own range, else the page's (read at click time: the menu must never suspend). */
  const range = () => {
    if (exportData.range) return exportData.range;
    const manifest = queryClient.getQueryData(manifestQuery().queryKey);
    return manifest
      ? parseUrlContext(currentSearch(), rangeContextFromManifest(manifest)).state.range
      : undefined;
  };
  const name = (ext: "png" | "svg" | "csv", variant?: string) =>
    exportFileName({ stem: exportData.fileStem, range: range(), ext, variant });

  async function run(label: string, task: (a: Actions, fig: HTMLElement) => Promise<string>) {
    const fig = figure();
    if (!fig) return;
    close();
    setBusy(true);
    setStatus(`${label}…`);
    try {
      setStatus(await task(await loadActions(), fig));
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const figureSvg = (a: Actions, fig: HTMLElement) =>
    a.buildFigureSvg({
      figure: fig,
      legend,
      sources: credited(),
      permalink: link(),
      theme: exportTheme,
      transparent,
    });

  const png = (scale: number) =>
    run(`PNG ${scale}×`, async (a, fig) => {
      const file = name("png", `${scale}x-${exportTheme}${transparent ? "-transparent" : ""}`);
      a.saveBlob(await a.svgToPng(await figureSvg(a, fig), scale), file);
      return `Downloaded ${file}`;
    });
  const svg = () =>
    run("SVG", async (a, fig) => {
      const file = name("svg", `${exportTheme}${transparent ? "-transparent" : ""}`);
      a.saveBlob(new Blob([(await figureSvg(a, fig)).svg], { type: "image/svg+xml" }), file);
      return `Downloaded ${file}`;
    });
  const csv = () =>
    run("CSV", async (a, fig) => {
      const file = name("csv");
      const texts = a.frameTexts(fig);
      a.saveBlob(
        a.csvBlob(exportData, {
          title: texts.title,
          subtitle: texts.subtitle,
          sources: credited(),
          permalink: link(),
          accessed: today(),
        }),
        file,
      );
      return `Downloaded ${file}`;
    });
  const copyImage = () =>
    run("Copy image", async (a, fig) => {
      // The clipboard call must start inside the click, so it gets the PNG as a promise.
      await a.copyPng(figureSvg(a, fig).then((f) => a.svgToPng(f, 2)));
      return "Image copied to the clipboard";
    });
  const copyLink = () =>
    run("Copy link", async () => {
      // In the default view, the share page of the chart's section (its own link preview).
      const url = chartLink(currentHref(), import.meta.env.BASE_URL, frameId);
      try {
        await navigator.clipboard.writeText(url);
        setPanel({ kind: "link", text: url });
        return "Link copied to the clipboard";
      } catch {
        setPanel({ kind: "link", text: url });
        return "The browser did not allow copying: select the link below and copy it";
      }
    });
  const cite = () =>
    run("Cite", async (a, fig) => {
      const texts = a.frameTexts(fig);
      setPanel({
        kind: "cite",
        text: buildCitation({
          title: texts.title,
          subtitle: texts.subtitle,
          sources,
          url: link(),
          accessed: today(),
          dataTo,
        }),
      });
      return "Citation shown below the button";
    });
  const embed = () =>
    run("Embed", async (a, fig) => {
      const height = fig.getBoundingClientRect().height + 48;
      setPanel({
        kind: "embed",
        text: embedSnippet(embedUrl(currentHref(), frameId), a.frameTexts(fig).title, height),
      });
      return "Embed code shown below the button";
    });

  const select = (action: MenuAction) => {
    const task = { png2: () => png(2), png4: () => png(4), svg, csv, copyImage, copyLink, cite, embed }[
      action
    ];
    void task();
  };

  return { select, status, setStatus, busy, panel, setPanel };
}
