// Defers what is not the first chart (menus, notes, tables, miniatures) until the page's first
// frame has been drawn, so the first commit is small and the reader sees the chart sooner. Once
// that frame is past, everything mounts at once: a panel opened later is never deferred.
import { useEffect, useState, type ReactNode } from "react";

let firstFrameDrawn = typeof requestAnimationFrame !== "function";

/** False until the frame after the first commit has been drawn (true at once without rAF). */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(firstFrameDrawn);
  useEffect(() => {
    if (after) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs before the frame is drawn; the timeout after it.
    const frame = requestAnimationFrame(
      () =>
        (timer = setTimeout(() => {
          firstFrameDrawn = true;
          setAfter(true);
        })),
    );
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [after]);
  return after;
}

/** Renders `children` after the first frame, `fallback` (same size, ideally) until then. */
export function AfterFirstFrame({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useAfterFirstFrame() ? children : fallback;
}
