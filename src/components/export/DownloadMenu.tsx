// The "Download" menu of a ChartFrame: PNG (2×, 4×; light or dark; transparent or not), SVG, CSV,
// Copy image, Copy link, Cite and Embed. A menu button (ARIA menu pattern: arrows, Home/End,
// Escape closes and returns focus). The work itself (export-actions.ts) is imported on the first
// opening, so it adds nothing to the page's first load.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTheme } from "../ThemeToggle";
import "./export-menu.css";
import type { ExportTheme } from "./export-actions";
import {
  loadActions,
  useMenuActions,
  type ExportTarget,
  type MenuAction,
  type SharePanelContent,
} from "./use-menu-actions";

/** The chart a menu exports: its frame, its rows, legend and sources. */
export type DownloadMenuProps = ExportTarget;

const canCopyImage = () =>
  typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function";

export function DownloadMenu({ frameId, exportData, legend, sources, dataTo }: DownloadMenuProps) {
  const pageTheme = useTheme();
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState<ExportTheme | null>(null);
  const [transparent, setTransparent] = useState(false);
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

  const { select, status, setStatus, busy, panel, setPanel } = useMenuActions({
    frameId,
    exportData,
    legend,
    sources,
    dataTo,
    exportTheme,
    transparent,
    buttonRef,
    close: () => close(true),
  });

  const openMenu = () => {
    void loadActions();
    setPanel(null);
    setOpen(true);
  };

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
          <ImageOptions
            theme={exportTheme}
            transparent={transparent}
            onTheme={setTheme}
            onTransparent={() => setTransparent((v) => !v)}
          />
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
        <SharePanel
          panel={panel}
          onStatus={setStatus}
          onClose={() => {
            setPanel(null);
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** The exported image's theme and background: menu options that keep the menu open. */
function ImageOptions(props: {
  theme: ExportTheme;
  transparent: boolean;
  onTheme: (theme: ExportTheme) => void;
  onTransparent: () => void;
}) {
  const { theme, transparent, onTheme, onTransparent } = props;
  return (
    <div role="group" aria-label="Image theme" className="export-menu__group">
      {(["light", "dark"] as const).map((t) => (
        <div
          key={t}
          role="menuitemradio"
          aria-checked={theme === t}
          tabIndex={-1}
          className="export-menu__item export-menu__item--option"
          onClick={() => onTheme(t)}
          onKeyDown={activate(() => onTheme(t))}
        >
          {t === "light" ? "Light image" : "Dark image"}
        </div>
      ))}
      <div
        role="menuitemcheckbox"
        aria-checked={transparent}
        tabIndex={-1}
        className="export-menu__item export-menu__item--option"
        onClick={onTransparent}
        onKeyDown={activate(onTransparent)}
      >
        Transparent background
      </div>
    </div>
  );
}

/** A citation, embed code or link below the button, to select or copy. */
function SharePanel(props: {
  panel: NonNullable<SharePanelContent>;
  onStatus: (status: string) => void;
  onClose: () => void;
}) {
  const { panel, onStatus, onClose } = props;
  return (
    <div className="export-menu__panel">
      <label>
        {panel.kind === "cite" ? "Citation" : panel.kind === "embed" ? "Embed code" : "Link to this chart"}
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
                () => onStatus(panel.kind === "cite" ? "Citation copied" : "Embed code copied"),
                () => onStatus("The browser did not allow copying: select the text and copy it"),
              )
            }
          >
            Copy
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

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
