// The brush's keyboard and commits. Keys move a handle (deriveKeyedSpan) and paint at once; the
// range is committed on key release. A burst of keys (the ranges keys committed since a handle got
// focus) makes one history entry: while the range shown is one of them, the next key's range
// replaces the entry, whatever the pace of the keys or of the page (no clock). Leaving the handle,
// a drag, or a range from elsewhere (Back, a preset) ends it: the next key adds an entry.
import { useCallback, useEffect, useRef, type KeyboardEvent } from "react";
import type { IsoDate } from "../../data/schemas/common";
import type { DateRange } from "../../filters/range";
import { spanKey } from "./brush-geometry";
import { deriveKeyedSpan, type BrushHandle, type BrushSpan } from "./derive-brush-span";

export interface BrushCommitOptions {
  keys: readonly { key: IsoDate }[];
  range: DateRange;
  committed: BrushSpan;
  /** Shows a span (selecting: a drag or keys in progress). */
  paint: (span: BrushSpan, selecting: boolean) => void;
  /** `replace` while a burst of keys continues. */
  onCommit: (range: DateRange, options?: { replace?: boolean }) => void;
  /** Whether a drag is in progress (keys wait for it). */
  isDragging: () => boolean;
}

export function useBrushKeys({ keys, range, committed, paint, onCommit, isDragging }: BrushCommitOptions) {
  /** A span set by keys and not committed yet. */
  const pending = useRef<BrushSpan | null>(null);
  const burst = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (burst.current && !burst.current.has(spanKey(committed))) burst.current = null;
  }, [committed]);

  /** Commits `span` (from a drag's release, or from keys) as the range, unless it is the range already. */
  const commit = useCallback(
    (span: BrushSpan | null, fromKeyboard: boolean) => {
      pending.current = null;
      if (!span) return;
      paint(span, false);
      const from = keys[span.start]?.key;
      const to = keys[span.end]?.key;
      if (!from || !to || (from === range.from && to === range.to)) return;
      const replace = fromKeyboard && burst.current != null;
      if (fromKeyboard) (burst.current ??= new Set()).add(spanKey(span));
      else burst.current = null;
      onCommit({ from, to }, { replace });
    },
    [keys, range, onCommit, paint],
  );

  const onKeyDown = (handle: BrushHandle) => (e: KeyboardEvent<HTMLElement>) => {
    if (isDragging()) return;
    const next = deriveKeyedSpan(pending.current ?? committed, handle, e, keys.length);
    if (!next) return;
    e.preventDefault(); // no page scroll on arrows, Page Up/Down, Home, End
    pending.current = next;
    paint(next, true);
  };

  const onKeyUp = (e: KeyboardEvent<HTMLElement>) => {
    if (!pending.current) return;
    e.preventDefault();
    commit(pending.current, true);
  };

  const onBlur = () => {
    commit(pending.current, true); // a key still held when focus leaves
    burst.current = null;
  };

  /** A drag began: keys' uncommitted span is dropped. */
  const dropPending = () => {
    pending.current = null;
  };

  return { commit, onKeyDown, onKeyUp, onBlur, dropPending };
}
