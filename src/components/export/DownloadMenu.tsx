// The "Download" menu of a ChartFrame: PNG (2×, 4×; light or dark; transparent or not), SVG, CSV,
// Copy image, Copy link, Cite and Embed. A menu button (ARIA menu pattern: arrows, Home/End,
// Escape closes and returns focus). The work itself (export-actions.ts) is imported on the first
// opening, so it adds nothing to the page's first load.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { manifestQuery } from "../../data/queries/manifest";
import type { IsoDate } from "../../data/schemas/common";
import { rangeContextFromManifest } from "../../filters/range";
import { parseUrlContext } from "../../filters/url-state";
import { currentHref, currentSearch } from "../../filters/use-url-state";
import type { CsvSource, ExportData } from "../../lib/export/csv";
import { exportFileName } from "../../lib/export/file-name";
import { buildCitation, embedSnippet, embedUrl, permalink } from "../../lib/export/share-text";
import type { LegendItem } from "../LegendSwatch";
import { useTheme } from "../ThemeToggle";
import type * as ExportActions from "./export-actions";
import "./export-menu.css";
import type { ExportTheme } from "./export-actions";

type Actions = typeof ExportActions;
let actionsModule: Promise<Actions> | null = null;
const loadActions = () => (actionsModule ??= import("./export-actions"));

export interface DownloadMenuProps {
  frameId: string;
  exportData: ExportData;
  legend: readonly LegendItem[];
  sources: readonly { name: string; url: string }[];
  /** The last day of the data drawn, for the citation. */
  dataTo?: IsoDate;
}

type Panel = null | { kind: "cite" | "embed" | "link"; text: string };

const today = () => new Date().toISOString().slice(0, 10) as IsoDate;
const canCopyImage = () =>
  typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function";

export function DownloadMenu({ frameId, exportData, legend, sources, dataTo }: DownloadMenuProps) {
  const pageTheme = useTheme();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState<ExportTheme | null>(null);
  const [transparent, setTransparent] = useState(false);
  const [status, setStatus] = useState("");
  const [panel, setPanel] = useState<Panel>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const exportTheme = theme ?? pageTheme;

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>("[role^='menuitem']") ?? [])];
  const close = useCallback((focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const openMenu = () => {
    void loadActions();
    setPanel(null);
    setOpen(true);
  };

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
    close(true);
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
      const url = link();
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

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === "ArrowDown") focus(at + 1);
    else if (e.key === "ArrowUp") focus(at - 1);
    else if (e.key === "Home") focus(0);
    else if (e.key === "End") focus(list.length - 1);
    else if (e.key === "Escape") close(true);
    else if (e.key === "Tab") setOpen(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
  };

  const select = (action: MenuAction) => {
    const task = { png2: () => png(2), png4: () => png(4), svg, csv, copyImage, copyLink, cite, embed }[
      action
    ];
    void task();
  };

  return (
    <div className="export-menu" ref={rootRef} data-export="skip">
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            openMenu();
          }
        }}
      >
        Download <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          role="menu"
          tabIndex={-1}
          id={menuId}
          ref={menuRef}
          aria-label="Download and share"
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          <div role="group" aria-label="Image theme" className="export-menu__group">
            {(["light", "dark"] as const).map((t) => (
              <div
                key={t}
                role="menuitemradio"
                aria-checked={exportTheme === t}
                tabIndex={-1}
                className="export-menu__item export-menu__item--option"
                onClick={() => setTheme(t)}
                onKeyDown={activate(() => setTheme(t))}
              >
                {t === "light" ? "Light image" : "Dark image"}
              </div>
            ))}
            <div
              role="menuitemcheckbox"
              aria-checked={transparent}
              tabIndex={-1}
              className="export-menu__item export-menu__item--option"
              onClick={() => setTransparent((v) => !v)}
              onKeyDown={activate(() => setTransparent((v) => !v))}
            >
              Transparent background
            </div>
          </div>
          <div role="separator" className="export-menu__sep" />
          {FILE_ITEMS.filter(([a]) => a !== "copyImage" || canCopyImage()).map(([action, label]) => (
            <MenuItem key={action} label={label} onSelect={() => select(action)} />
          ))}
          <div role="separator" className="export-menu__sep" />
          {SHARE_ITEMS.map(([action, label]) => (
            <MenuItem key={action} label={label} onSelect={() => select(action)} />
          ))}
        </div>
      )}
      <p role="status" className="export-menu__status">
        {status}
      </p>
      {panel && (
        <div className="export-menu__panel">
          <label>
            {panel.kind === "cite"
              ? "Citation"
              : panel.kind === "embed"
                ? "Embed code"
                : "Link to this chart"}
            <textarea
              readOnly
              value={panel.text}
              rows={panel.kind === "link" ? 2 : 4}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <div className="export-menu__panel-actions">
            {panel.kind !== "link" && (
              <button
                type="button"
                onClick={() =>
                  void navigator.clipboard.writeText(panel.text).then(
                    () => setStatus(panel.kind === "cite" ? "Citation copied" : "Embed code copied"),
                    () => setStatus("The browser did not allow copying: select the text and copy it"),
                  )
                }
              >
                Copy
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setPanel(null);
                buttonRef.current?.focus();
              }}
            >
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

type MenuAction = "png2" | "png4" | "svg" | "csv" | "copyImage" | "copyLink" | "cite" | "embed";
const FILE_ITEMS: readonly (readonly [MenuAction, string])[] = [
  ["png2", "PNG image (2×)"],
  ["png4", "PNG image (4×)"],
  ["svg", "SVG image"],
  ["csv", "CSV data"],
  ["copyImage", "Copy image"],
];
const SHARE_ITEMS: readonly (readonly [MenuAction, string])[] = [
  ["copyLink", "Copy link"],
  ["cite", "Cite"],
  ["embed", "Embed"],
];

function MenuItem({ label, onSelect }: { label: string; onSelect: () => void }) {
  return (
    <div
      role="menuitem"
      tabIndex={-1}
      className="export-menu__item"
      onClick={onSelect}
      onKeyDown={activate(onSelect)}
    >
      {label}
    </div>
  );
}

/** Enter and Space choose a menu item, as a click does. */
function activate(onSelect: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect();
    }
  };
}
