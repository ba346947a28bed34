// Where a part of the page is against the viewport, from one IntersectionObserver hook:
// - on screen now (both ways): panels off screen hold their last drawing while the range changes and
//   catch up in idle time (components/FollowRange.tsx), and the benchmark waits only for charts on
//   screen (lib/perf.ts);
// - near it, once: the lazy sections (comparison, map) mount only then, so they never slow the
//   page's first paint.
// Without IntersectionObserver (jsdom, very old browsers) everything counts as on screen.
import { createContext, useContext, useEffect, useMemo, useState, type RefObject } from "react";

/** Read by whoever needs the latest answer without re-rendering when it changes. */
export interface OnScreen {
  current: boolean;
}

const ALWAYS: OnScreen = { current: true };

/** The on-screen flag of the nearest chart frame or FollowRange (always true outside them). */
export const OnScreenContext = createContext<OnScreen>(ALWAYS);

export function useOnScreenContext(): OnScreen {
  return useContext(OnScreenContext);
}

/**
 * Calls `onChange` with each change of whether `ref`'s element intersects the viewport grown by `margin`, while
 * `enabled`; `onStop` runs when it stops observing. `onChange` and `onStop` must be stable.
 */
function useIntersection(
  ref: RefObject<Element | null>,
  onChange: (intersecting: boolean) => void,
  options: { margin?: string; enabled?: boolean; onStop?: () => void } = {},
): void {
  const { margin, enabled = true, onStop } = options;
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      // In order: the last entry is the latest state, and a brief pass is seen too.
      (entries) => entries.forEach((e) => onChange(e.isIntersecting)),
      margin ? { rootMargin: margin } : undefined,
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      onStop?.();
    };
  }, [ref, onChange, margin, enabled, onStop]);
}

function tell(flag: OnScreen, onScreen: boolean): void {
  flag.current = onScreen;
}

/** Keeps `flag` (and `onChange`, if given) told whether `ref`'s element intersects the viewport. */
function useObserveOnScreen(
  ref: RefObject<Element | null>,
  flag: OnScreen,
  onChange?: (onScreen: boolean) => void,
): void {
  const callbacks = useMemo(
    () => ({
      change: (intersecting: boolean) => {
        tell(flag, intersecting);
        onChange?.(intersecting);
      },
      // Unobserved (unmounted), it counts as on screen again: the default.
      stop: () => tell(flag, true),
    }),
    [flag, onChange],
  );
  useIntersection(ref, callbacks.change, { onStop: callbacks.stop });
}

/**
 * Tracks whether `ref`'s element intersects the viewport, in state (re-rendering the caller) and in
 * `flag`. True until the first observation, and always without IntersectionObserver (jsdom).
 */
export function useOnScreen(ref: RefObject<Element | null>, flag: OnScreen): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useObserveOnScreen(ref, flag, setOnScreen);
  return onScreen;
}

/**
 * A flag saying whether `ref`'s element is on screen, for a chart frame's settled marks: it changes
 * without re-rendering anything (the benchmark reads it).
 */
export function useOnScreenFlag(ref: RefObject<Element | null>): OnScreen {
  const [flag] = useState<OnScreen>(() => ({ current: true }));
  useObserveOnScreen(ref, flag);
  return flag;
}

/**
 * Whether `ref`'s element has come within `margin` of the viewport (once true, stays true), or
 * `initially` (e.g. a link points into the section).
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  margin = "600px",
  initially = false,
): boolean {
  // On the server (the prebuilt page) nothing is near: the client's first render must match it.
  const [near, setNear] = useState(
    initially || (typeof window !== "undefined" && typeof IntersectionObserver === "undefined"),
  );
  const [onChange] = useState(() => (intersecting: boolean) => {
    if (intersecting) setNear(true);
  });
  useIntersection(ref, onChange, { margin, enabled: !near });
  return near;
}
