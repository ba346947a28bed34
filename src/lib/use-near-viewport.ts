// Whether an element has come within `margin` of the viewport (once true, stays true). The lazy
// sections (comparison, map) mount only then, so they never slow the page's first paint.
// Without IntersectionObserver (jsdom, very old browsers) everything renders at once.
import { useEffect, useState, type RefObject } from "react";

export function useNearViewport(
  ref: RefObject<Element | null>,
  margin = "600px",
  initially = false,
): boolean {
  const [near, setNear] = useState(initially || typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
