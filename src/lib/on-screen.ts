// Whether a part of the page is on screen now (unlike use-near-viewport, this goes both ways).
// Panels off screen hold their last drawing while the range changes and catch up in idle time
// (components/FollowRange.tsx), and the benchmark waits only for charts on screen (lib/perf.ts).
import { createContext, useContext, useEffect, useState, type RefObject } from "react";

/** Read by whoever needs the latest answer without re-rendering when it changes. */
export interface OnScreen {
  current: boolean;
}

const ALWAYS: OnScreen = { current: true };

/** The on-screen flag of the nearest FollowRange (always true outside one). */
export const OnScreenContext = createContext<OnScreen>(ALWAYS);

export function useOnScreenFlag(): OnScreen {
  return useContext(OnScreenContext);
}

/**
 * Tracks whether `ref`'s element intersects the viewport, in state (re-rendering the caller) and in
 * `flag`. True until the first observation, and always without IntersectionObserver (jsdom).
 */
export function useOnScreen(ref: RefObject<Element | null>, flag: OnScreen): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      flag.current = last.isIntersecting;
      setOnScreen(last.isIntersecting);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      flag.current = true;
    };
  }, [ref, flag]);
  return onScreen;
}
