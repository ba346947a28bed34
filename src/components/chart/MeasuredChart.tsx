// A box that measures its width (once before the first paint, then on resize) and draws its chart
// at that width: the comparison charts and the map's sector charts draw nothing until it is known,
// and need no measuring of their own (no ResponsiveContainer, no per-label text measuring).
import type { ReactElement } from "react";
import { useElementWidth } from "../use-element-width";

interface MeasuredChartProps {
  /** Accessible description of what is drawn: makes the box an image with that name. */
  label?: string;
  className?: string;
  /** Height kept before the width is known, so the page does not jump when the chart appears. */
  minHeight?: number;
  children: (width: number) => ReactElement;
}

export function MeasuredChart({ label, className, minHeight, children }: MeasuredChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div
      ref={ref}
      className={className}
      role={label === undefined ? undefined : "img"}
      aria-label={label}
      style={minHeight === undefined ? undefined : { minHeight }}
    >
      {width > 0 && children(width)}
    </div>
  );
}
