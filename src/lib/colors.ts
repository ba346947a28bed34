// Colours live in one place, styles/colors.css, as light-dark() custom properties. Components
// draw with var(--name); code that needs a concrete value (canvas, image export) resolves it here,
// against the theme in effect on `el` (the document by default).

export const cssVar = (name: string): string => `var(--${name})`;

/** The colour `name` (without "--") resolves to, as the browser computes it, e.g. "rgb(194, 65, 12)". */
export function resolveCssColor(name: string, el: Element = document.documentElement): string {
  // A custom property's computed value is its declared text (light-dark(…) unresolved), so let the
  // browser resolve it through a real colour property on a probe element.
  const probe = document.createElement("span");
  probe.style.color = `var(--${name})`;
  probe.style.display = "none";
  el.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
