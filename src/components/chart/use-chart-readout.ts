// The readout (tooltip) of a plain-SVG chart with rows a reader moves between: the pointer picks
// the nearest row, the keys step (chart-keys.ts), Escape, leaving with the mouse or losing focus
// closes it, and on a phone, where it stays after a tap, a tap anywhere else closes it. Shared by
// the losses charts and TimeSeriesChart.
import { useEffect, useState, type KeyboardEvent, type RefObject } from "react";
import { rowForKey } from "../../lib/chart-keys";

export interface Readout {
  /** The row's id (a key or date, so a range change never points it at another row). */
  id: string;
  /** The pointer's height in the chart, if it placed the readout. */
  y: number | null;
  /** Picked from the keyboard: a live region reads it out. */
  keyboard: boolean;
}

/** `ids`: the rows' ids in order; `box`: the element a tap outside of closes the readout. */
export function useChartReadout(box: RefObject<Element | null>, ids: readonly string[]) {
  const [active, setActive] = useState<Readout | null>(null);
  const open = active != null;
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setActive(null);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open, box]);
  const activeIndex = active ? ids.indexOf(active.id) : -1;

  /** The pointer is over row `index`, at height `y` (null where the chart does not use it). */
  const pointAt = (index: number, y: number | null) => {
    const id = ids[index];
    if (id !== undefined && (id !== active?.id || active.y !== y)) setActive({ id, y, keyboard: false });
  };
  /** Props for the chart's focusable surface. */
  const surfaceProps = {
    onKeyDown: (e: KeyboardEvent<Element>) => {
      if (e.key === "Escape" && active) {
        setActive(null);
        e.preventDefault();
      }
      const to = rowForKey(e.key, activeIndex, ids.length - 1);
      const id = to == null ? undefined : ids[to];
      if (id !== undefined) {
        e.preventDefault();
        setActive({ id, y: null, keyboard: true });
      }
    },
    onPointerLeave: (e: { pointerType: string }) => {
      // A finger lifts off the screen: the readout stays until a tap elsewhere.
      if (e.pointerType === "mouse") setActive(null);
    },
    onBlur: () => setActive(null),
  };
  return { active, activeIndex, pointAt, surfaceProps };
}
