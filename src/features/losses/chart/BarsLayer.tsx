// The weekly and monthly bars, drawn as one <path> per category (plus one for partial buckets)
// from the chart's layout: one element per category rather than one per rectangle, so four years
// of weeks stay cheap to redraw.
import { useId } from "react";
import type { ChartLayout } from "../../../lib/derive-chart-layout";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import type { Scale } from "../losses-url-state";
import { barSlot } from "./derive-bar-slot";
import type { ChartRow } from "../series/derive-chart-rows";

interface BarsLayerProps {
  layout: ChartLayout;
  rows: readonly ChartRow[];
  categories: readonly GeneralStaffCategory[];
  colors: readonly string[];
  scale: Scale;
}

/**
 * A week or month cut short by the range is hatched (stripes in the series colour on a faint fill,
 * outlined), so it reads as "partial" in both themes and in greyscale, not as a drop.
 */
export const PARTIAL_FILL_OPACITY = 0.15;

export function BarsLayer({ layout, rows, categories, colors, scale }: BarsLayerProps) {
  const patternId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { x: xScale, y: yScale, plot } = layout;
  const bottom = plot.y + plot.height;
  // Bars grow from zero; on a log axis (no zero) from the bottom of the plot.
  const zero = scale === "log" ? bottom : Math.min(bottom, Math.max(plot.y, yScale(0) ?? bottom));
  const count = categories.length;
  return (
    <g className="losses-bars" aria-hidden="true">
      <defs>
        {categories.map((c, index) => (
          <pattern
            key={c}
            id={`${patternId}-${c}`}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill={colors[index]} fillOpacity={PARTIAL_FILL_OPACITY} />
            <line x1={0} y1={0} x2={0} y2={6} stroke={colors[index]} strokeWidth={2.5} />
          </pattern>
        ))}
      </defs>
      {categories.map((c, index) => {
        let full = "";
        let partial = "";
        for (const row of rows) {
          const v = row.plotted[c];
          if (v == null) continue;
          const slot = barSlot(xScale, row.key, { index, count });
          const y = yScale(v);
          if (!slot || y === undefined) continue;
          const top = Math.max(plot.y, Math.min(y, zero));
          const height = Math.min(bottom, Math.max(y, zero)) - top;
          const d = `M${slot.left.toFixed(1)},${top.toFixed(1)}h${slot.width.toFixed(1)}v${height.toFixed(1)}h${(-slot.width).toFixed(1)}Z`;
          if (row.partial) partial += d;
          else full += d;
        }
        return (
          <g key={c} className="losses-bars__series">
            <path d={full} fill={colors[index]} />
            {partial && (
              <path
                className="losses-bars__partial"
                d={partial}
                fill={`url(#${patternId}-${c})`}
                stroke={colors[index]}
                strokeWidth={1}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
