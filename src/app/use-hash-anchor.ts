// Keeps the target of an in-page link (#sources, #map, or a link the page was opened with) where
// the browser scrolled it while lazy sections above it mount and grow (their code and data arrive
// after the jump). It lets go as soon as the reader scrolls, types, taps or clicks.
import { useEffect } from "react";

export function useHashAnchor(): void {
  useEffect(() => {
    if (typeof ResizeObserver === "undefined") return;
    let anchored = false;
    // Opened with a hash: the target appears only once the manifest has loaded.
    let initial = window.location.hash.length > 1;
    const target = () => {
      const id = hashId(window.location.hash);
      return id ? document.getElementById(id) : null;
    };
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

/** The element id a hash names ("#sources" → "sources"), or null if it is not valid percent-encoding ("#%"). */
export function hashId(hash: string): string | null {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
