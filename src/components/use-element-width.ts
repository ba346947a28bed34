// The width of an element, measured before the first paint and kept up to date as it resizes, so a
// chart draws at its real size in its first frame (no empty frame, no second layout).
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { PRERENDER_CHART_WIDTH } from "./prerender-width";

const never = () => () => {};
const unmeasured = () => 0;
const prerendered = () => PRERENDER_CHART_WIDTH;

export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  // While the page is built (scripts/prerender) and while the client hydrates that markup, the
  // width the page was built at: the hydrating render then matches the baked SVG exactly. After
  // hydration, and in a page rendered from scratch, 0 until measured below.
  const buildWidth = useSyncExternalStore(never, unmeasured, prerendered);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver !== "function") return;
    // Whole pixels (clientWidth): sub-pixel jitter while the page settles would redraw for nothing.
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width || buildWidth] as const;
}
