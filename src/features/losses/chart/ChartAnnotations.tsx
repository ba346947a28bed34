// Event lines with their labels and correction markers, drawn from the chart's layout
// (derive-chart-layout.ts).
import { barCenter } from "./derive-bar-slot";
import type { MarkerPlace, PlacedEvent } from "./derive-losses-annotations";
import type { ChartLayout } from "../../../lib/derive-chart-layout";
import { deriveLabelsThatFit } from "./derive-label-layout";

/** Font size of an event label in px; labels closer than this (plus 5 px) would overlap. */
const FONT_SIZE = 11;

/** A correction marker on its row, in its line's colour. */
export interface PlacedMarker extends Omit<MarkerPlace, "category" | "key"> {
  color: string;
}

interface ChartAnnotationsProps {
  layout: ChartLayout;
  events: readonly Pick<PlacedEvent, "x" | "event">[];
  markers: readonly PlacedMarker[];
  showEventLabels: boolean;
  /** Stroke of event lines and fill of their labels. */
  eventColor: string;
  /** The page background: inside of a marker (a hollow circle) and the halo around labels. */
  markerFill: string;
}

export function ChartAnnotations({
  layout,
  events,
  markers,
  showEventLabels,
  eventColor,
  markerFill,
}: ChartAnnotationsProps) {
  const { x: xScale, y: yScale, plot } = layout;
  const xs = events.map((e) => xScale(e.x, "middle") ?? NaN);
  const kept = showEventLabels ? new Set(deriveLabelsThatFit(xs, FONT_SIZE + 5)) : new Set<number>();
  // Roughly 6 px per character at 11 px; longer labels are cut to the plot's height.
  const maxChars = Math.max(8, Math.floor((plot.height - 8) / 6));
  const bottom = plot.y + plot.height;
  return (
    <g className="losses-annotations">
      <g aria-hidden="true">
        {/* All lines first, then the labels, so no line is drawn across a label. */}
        {events.map((e, i) => {
          const x = xs[i];
          if (x === undefined || Number.isNaN(x)) return null;
          return (
            <line
              key={`${e.event.date}${e.event.label}`}
              x1={x}
              x2={x}
              y1={plot.y}
              y2={bottom}
              stroke={eventColor}
              strokeDasharray="3 4"
            />
          );
        })}
        {events.map((e, i) => {
          const x = xs[i];
          if (x === undefined || Number.isNaN(x) || !kept.has(i)) return null;
          const label = e.event.label;
          return (
            <text
              key={`${e.event.date}${label}`}
              className="losses-event-label"
              transform={`translate(${x + FONT_SIZE + 2},${plot.y + 4}) rotate(-90)`}
              textAnchor="end"
              fontSize={FONT_SIZE}
              fill={eventColor}
              // A halo in the background colour keeps the label legible where other event lines cross it.
              stroke={markerFill}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label}
            </text>
          );
        })}
      </g>
      <g aria-hidden="true">
        {markers.map((m) => {
          const x = m.slot ? barCenter(xScale, m.x, m.slot) : xScale(m.x, "middle");
          const y = yScale(m.y);
          if (x === undefined || y === undefined || y < plot.y - 1 || y > bottom + 1) return null;
          return (
            <circle
              key={m.id}
              className="losses-marker"
              cx={x}
              cy={y}
              r={5}
              fill={markerFill}
              stroke={m.color}
              strokeWidth={2.5}
            />
          );
        })}
      </g>
    </g>
  );
}
