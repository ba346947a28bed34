// Permalinks ("Copy link" gives `…#<chart id>`) into sections drawn lazily: the browser cannot
// scroll to a frame that did not exist when the page loaded. A section asks whether the link points
// into it (`linksInto`, to mount at once); `useHashAnchor`, once for the page, scrolls to the target
// when it appears and holds it in place while the sections above it grow.
import { useEffect } from "react";

/** The element id a hash names ("#sources" → "sources"), or null if it is not valid percent-encoding ("#%"). */
export function hashId(hash: string): string | null {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** The id the page's URL points at, or null (no hash, or one that cannot be decoded). */
export function permalinkId(): string | null {
  if (typeof window === "undefined" || window.location.hash.length < 2) return null;
  return hashId(window.location.hash);
}

/** The element the page's URL points at, if it is in the document. */
export function permalinkTarget(): HTMLElement | null {
  const id = permalinkId();
  return id ? document.getElementById(id) : null;
}

/** Whether the URL points at one of a section's ids (`ids`: a pattern on the id, without `#`). */
export function linksInto(ids: RegExp): boolean {
  const id = permalinkId();
  return id !== null && ids.test(id);
}

/**
 * Keeps the target of an in-page link (#sources, #map, or a link the page was opened with) where the
 * browser scrolled it, or scrolls to it once it appears, while lazy sections above it mount and grow
 * (their code and data arrive after the jump). It lets go as soon as the reader scrolls, types, taps
 * or clicks.
 */
export function useHashAnchor(): void {
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    let anchored = false;
    // Opened with a hash: the target appears only once the manifest has loaded.
    let initial = window.location.hash.length > 1;
    const target = permalinkTarget;
    const realign = () => {
      if (anchored) target()?.scrollIntoView({ block: "start", behavior: "instant" });
    };
    const anchor = () => {
      anchored = target() != null;
    };
    const release = () => {
      anchored = false;
      initial = false;
    };
    // A link to the current hash scrolls without a hashchange: anchor after its default action.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link && !event.defaultPrevented) requestAnimationFrame(anchor);
    };
    const observer = new ResizeObserver(() => {
      if (initial && target()) {
        initial = false;
        anchored = true;
      }
      realign();
    });
    observer.observe(document.body);
    const userInput = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
    for (const type of userInput) {
      window.addEventListener(type, release, { capture: true, passive: true });
    }
    window.addEventListener("hashchange", anchor);
    document.addEventListener("click", onClick);
    return () => {
      observer.disconnect();
      for (const type of userInput) window.removeEventListener(type, release, { capture: true });
      window.removeEventListener("hashchange", anchor);
      document.removeEventListener("click", onClick);
    };
  }, []);
}
