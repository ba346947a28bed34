// Gives a panel the global range while it is on screen. Off screen, the panel keeps the range it
// last drew and catches up in idle time (an interruptible transition), so a range change redraws
// the charts the reader sees first and never waits for those out of sight.
import { startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DateRange } from "../filters/range";
import { useRange } from "../filters/use-url-state";
import { whenIdle } from "../lib/idle";
import { OnScreenContext, useOnScreen, type OnScreen } from "../lib/on-screen";
import { useBehindMark } from "../lib/perf";

/** The value to draw with: `value` on screen; off screen, the last one drawn until idle time. */
export function useValueWhileOnScreen<T>(value: T, onScreen: boolean): T {
  const [drawn, setDrawn] = useState(value);
  // On screen, what is drawn is kept for when the panel leaves the screen (React's pattern for
  // state derived from props: set during render, re-rendered at once, before any child).
  if (onScreen && drawn !== value) setDrawn(value);
  const [token] = useState(() => ({}));
  useBehindMark(token, drawn !== value);
  useEffect(() => {
    if (onScreen || drawn === value) return;
    return whenIdle(() => startTransition(() => setDrawn(value)), 2000);
  }, [onScreen, drawn, value]);
  return onScreen ? value : drawn;
}

/**
 * Renders `children(range)` in a block that follows the global range while on screen. `children`
 * is called again only when the range it gets changes or the parent re-renders.
 */
export function FollowRange(props: { className?: string; children: (range: DateRange) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const flag = useMemo<OnScreen>(() => ({ current: true }), []);
  const onScreen = useOnScreen(ref, flag);
  const { range } = useRange();
  const shown = useValueWhileOnScreen(range, onScreen);
  const { children } = props;
  const content = useMemo(() => children(shown), [children, shown]);
  return (
    <OnScreenContext value={flag}>
      <div ref={ref} className={props.className ? `follow-range ${props.className}` : "follow-range"}>
        {content}
      </div>
    </OnScreenContext>
  );
}
