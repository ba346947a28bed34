// The place timeline's strips: draws a StripLayout (derive-place-strips.ts), nothing else.
import type { PlaceStatus } from "../../data/schemas/place-history";
import type { StripLayout } from "./derive-place-strips";
import { STRIP } from "./derive-place-strips";

// The side's colour says who held it; hatching marks a DeepState layer's own detail (held before
// 2022, or liberated: retaken by Ukraine); contested (neither side) is a neutral grey (place.css).
const FILL: Record<PlaceStatus, string> = {
  notHeld: "var(--side-ukraine)",
  held: "var(--side-russia)",
  heldBefore2022: "var(--side-russia)",
  liberated: "var(--side-ukraine)",
  contested: "var(--place-contested)",
};
const HATCHED: ReadonlySet<PlaceStatus> = new Set(["heldBefore2022", "liberated"]);

export function PlaceTimelineChart({ layout, patternId }: { layout: StripLayout; patternId: string }) {
  const { width, height, rows, ticks, dayX } = layout;
  const axisY = height - STRIP.axis + 4;
  return (
    <svg
      className="place-strips"
      width={width}
      height={height}
      role="img"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id={`${patternId}-hatch`}
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="2" height="5" style={{ fill: "var(--hatch)" }} />
        </pattern>
        <pattern id={`${patternId}-dots`} width="4" height="4" patternUnits="userSpaceOnUse">
          <circle cx="2" cy="2" r="0.9" style={{ fill: "var(--axis)" }} />
        </pattern>
      </defs>
      {ticks.map((t) => (
        <g key={t.label}>
          <line x1={t.x} x2={t.x} y1={0} y2={axisY} style={{ stroke: "var(--grid)" }} />
          <text
            x={t.x + 3}
            y={axisY + 12}
            className="place-strips__tick"
            style={{ fill: "var(--axis)", fontSize: 11 }}
          >
            {t.label}
          </text>
        </g>
      ))}
      {rows.map((r) => (
        <g key={r.label} data-strip={r.label}>
          <text
            x={0}
            y={r.y + STRIP.rowHeight / 2}
            dominantBaseline="middle"
            style={{ fill: "var(--text)", fontSize: 12 }}
          >
            {r.label}
          </text>
          {r.noData.map((n, i) => (
            <rect
              key={`n${i}`}
              x={n.x}
              y={r.y}
              width={n.width}
              height={STRIP.rowHeight}
              style={{ fill: `url(#${patternId}-dots)`, opacity: 0.6 }}
            />
          ))}
          {r.rects.map((rect) => (
            <g key={rect.from} data-status={rect.status} data-from={rect.from} data-to={rect.to}>
              <rect
                x={rect.x}
                y={r.y}
                width={Math.max(rect.width, 0.5)}
                height={STRIP.rowHeight}
                style={{ fill: FILL[rect.status] }}
              />
              {HATCHED.has(rect.status) && (
                <rect
                  x={rect.x}
                  y={r.y}
                  width={Math.max(rect.width, 0.5)}
                  height={STRIP.rowHeight}
                  style={{ fill: `url(#${patternId}-hatch)` }}
                />
              )}
            </g>
          ))}
          {r.gaps.map((g, i) => (
            <rect
              key={`g${i}`}
              x={g.x}
              y={r.y + STRIP.rowHeight - 5}
              width={Math.max(g.width, 1)}
              height={5}
              style={{ fill: `url(#${patternId}-dots)` }}
            />
          ))}
        </g>
      ))}
      {dayX !== null && (
        <line
          x1={dayX}
          x2={dayX}
          y1={0}
          y2={axisY}
          className="place-strips__day"
          style={{ stroke: "var(--text)", strokeWidth: 2, strokeDasharray: "3 2" }}
        />
      )}
    </svg>
  );
}
