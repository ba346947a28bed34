// Light/dark switch, drawn as two radio buttons so it shows which theme is on. Without a stored choice the page follows the system setting
// (prefers-color-scheme, see index.css); choosing one stores an explicit choice in
// localStorage, which index.html applies before the first paint to avoid a flash.
import { useSyncExternalStore } from "react";
import { SegmentedControl } from "./SegmentedControl";

export type Theme = "light" | "dark";
export const THEME_STORAGE_KEY = "theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";
const THEME_EVENT = "theme:change";

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage can be disabled; the system setting still applies
  }
}

/**
 * The theme, read once and again only after a change: React reads it on every render of every
 * chart's menu, and storage and media queries are not free.
 */
let known: Theme | null = null;
function currentTheme(): Theme {
  return (known ??= storedTheme() ?? (window.matchMedia(DARK_QUERY).matches ? "dark" : "light"));
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const changed = () => {
    known = null;
    onChange();
  };
  media.addEventListener("change", changed);
  window.addEventListener(THEME_EVENT, changed);
  window.addEventListener("storage", changed);
  return () => {
    media.removeEventListener("change", changed);
    window.removeEventListener(THEME_EVENT, changed);
    window.removeEventListener("storage", changed);
  };
}

export function setTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // not persisted, but still applied for this visit
  }
  known = null;
  document.documentElement.dataset.theme = theme;
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** The theme in effect, re-rendering when the reader or the system changes it. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => "light");
}

const THEMES = ["light", "dark"] as const;
const THEME_LABELS: Record<Theme, string> = { light: "Light", dark: "Dark" };

/**
 * The theme for the switch to show: null while the page is prebuilt and hydrated (the build cannot
 * know the reader's), when neither radio is checked and index.css marks the theme in effect.
 */
function useShownTheme(): Theme | null {
  return useSyncExternalStore(subscribe, currentTheme, () => null);
}

/** Two joined radio buttons, so the control itself says which theme is on. */
export function ThemeToggle() {
  const theme = useShownTheme();
  return (
    <div className="theme-toggle">
      <SegmentedControl
        legend="Theme"
        name="theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={theme}
        onChange={setTheme}
      />
    </div>
  );
}
