// Performance marks read by `npm run bench` (scripts/bench): a chart marks "settled:<name>" once a
// commit of it has been painted. Marks cost microseconds and need no flag, so the benchmark measures
// the same build readers get. Nothing in the app reads them.
import { useEffect, useLayoutEffect } from "react";
import { useOnScreenContext, type OnScreen } from "./on-screen";

export const SETTLED_PREFIX = "settled:";

/**
 * The mounted instances of each named chart, by their panel's on-screen flag: the charts on screen
 * are the ones a range change must settle (those off screen catch up later, FollowRange.tsx).
 */
const mounted = new Map<string, OnScreen[]>();

declare global {
  interface Window {
    /**
     * For the benchmark: names of the charts on screen that report "settled" marks, and how many
     * panels out of sight have yet to catch up with a change (FollowRange.tsx).
     */
    __perfSettled?: { mounted(): string[]; behind(): number };
  }
}

if (typeof window !== "undefined") {
  window.__perfSettled = {
    mounted: () => [...mounted].filter(([, flags]) => flags.some((f) => f.current)).map(([name]) => name),
    behind: () => behind.size,
  };
}

/** Panels out of sight that have not yet drawn the latest range (each registers a token). */
const behind = new Set<object>();

/** Registers `token` as behind while `isBehind` (the benchmark waits for these between actions). */
export function useBehindMark(token: object, isBehind: boolean): void {
  useEffect(() => {
    if (!isBehind) return;
    behind.add(token);
    return () => void behind.delete(token);
  }, [token, isBehind]);
}

/** What the browser's Prioritized Task Scheduling API offers (Chromium; absent in jsdom, Safari). */
interface PostTask {
  postTask(callback: () => void, options: { priority: "user-blocking" }): Promise<void>;
}

/**
 * Marks `settled:<name>` after the current commit has been painted: requestAnimationFrame runs just
 * before the next frame is drawn, and a task posted from there runs right after it. The task is
 * user-blocking where the browser supports it, so work already queued at normal priority (a
 * deferred render of what sits below the fold) does not delay the mark past the painted frame.
 */
export function markSettled(name: string): void {
  if (typeof requestAnimationFrame !== "function" || typeof performance?.mark !== "function") return;
  requestAnimationFrame(() => {
    const mark = () => void performance.mark(SETTLED_PREFIX + name);
    const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
    if (typeof scheduler?.postTask === "function") {
      void scheduler.postTask(mark, { priority: "user-blocking" });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      mark();
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Marks `settled:<name>` after every commit of the calling component while `ready` (e.g. once the
 * chart has a size), and registers it as mounted so the benchmark waits for it while on screen
 * (`ownFlag`, or that of the nearest chart frame or FollowRange).
 */
export function useSettledMark(name: string, ready = true, ownFlag?: OnScreen): void {
  const contextFlag = useOnScreenContext();
  const onScreen = ownFlag ?? contextFlag;
  useLayoutEffect(() => {
    if (ready) markSettled(name);
  });
  useEffect(() => {
    mounted.set(name, [...(mounted.get(name) ?? []), onScreen]);
    return () => {
      const list = mounted.get(name) ?? [];
      const at = list.indexOf(onScreen);
      const rest = at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
      if (rest.length > 0) mounted.set(name, rest);
      else mounted.delete(name);
    };
  }, [name, onScreen]);
}
