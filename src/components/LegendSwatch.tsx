// A legend key's small picture: a line, a dashed line, a bar, an area or a hollow marker, filled with the series'
// colour and, where colour alone must not carry the meaning, a pattern (hatching or dots).
import { useId } from "react";

export interface LegendItem {
  /** Identifies the series (for hover highlighting); defaults to the label. */
  key?: string;
  label: string;
  /** A CSS colour, normally var(--…) from styles/colors.css. */
  color: string;
  /** "marker": a hollow circle (the losses charts' correction markers). */
  shape?: "line" | "dash" | "bar" | "area" | "marker";
  pattern?: "hatch" | "dots";
  /** Drawn pushed back (a series shown in grey until hovered). */
  muted?: boolean;
}

export function LegendSwatch({ item }: { item: LegendItem }) {
  const patternId = useId();
  const shape = item.shape ?? "line";
  const color = item.muted ? "var(--series-muted)" : item.color;
  return (
    <svg className="legend-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
      {item.pattern && (
        <defs>
          <pattern
            id={patternId}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            {item.pattern === "hatch" ? (
              <rect width="1.6" height="4" fill="var(--hatch)" />
            ) : (
              <circle cx="2" cy="2" r="0.9" fill="var(--hatch)" />
            )}
          </pattern>
        </defs>
      )}
      {shape === "line" && <line x1="1" y1="6" x2="17" y2="6" stroke={color} strokeWidth="2.5" />}
      {shape === "dash" && (
        <line x1="1" y1="6" x2="17" y2="6" stroke={color} strokeWidth="2.5" strokeDasharray="4 2.5" />
      )}
      {shape === "marker" && <circle cx="9" cy="6" r="4" fill="var(--bg)" stroke={color} strokeWidth="2" />}
      {(shape === "bar" || shape === "area") && (
        <>
          <rect
            x="1"
            y="1"
            width="16"
            height="10"
            rx="1.5"
            fill={color}
            fillOpacity={shape === "area" ? 0.55 : 1}
          />
          {item.pattern && <rect x="1" y="1" width="16" height="10" rx="1.5" fill={`url(#${patternId})`} />}
        </>
      )}
    </svg>
  );
}
