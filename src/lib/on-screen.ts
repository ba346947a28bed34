// Whether a part of the page is on screen now (unlike use-near-viewport, this goes both ways).
// Panels off screen hold their last drawing while the range changes and catch up in idle time
// (components/FollowRange.tsx), and the benchmark waits only for charts on screen (lib/perf.ts).
import { createContext, useContext, useEffect, useState, type RefObject } from "react";

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

/** Keeps `flag` (and `onChange`, if given) told whether `ref`'s element intersects the viewport. */
function useObserveOnScreen(
  ref: RefObject<Element | null>,
  flag: OnScreen,
  onChange?: (onScreen: boolean) => void,
): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      flag.current = last.isIntersecting;
      onChange?.(last.isIntersecting);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      flag.current = true;
    };
  }, [ref, flag, onChange]);
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
