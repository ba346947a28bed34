// Vertical event labels drawn inside the chart (a Recharts 3 child using its scale hooks), so
// that labels too close to fit are dropped instead of printed on top of each other.
import { usePlotArea, useXAxisScale } from "recharts";
import type { WarEvent } from "../../data/schemas/events";
import { deriveLabelsThatFit } from "./derive-label-layout";

/** Font size of a label in px; labels closer than this (plus 5 px) would overlap. */
const FONT_SIZE = 11;

export interface PlacedEvent {
  /** X-axis key of the row the event falls in. */
  key: string;
  event: WarEvent;
}

export function EventLabels({ events }: { events: readonly PlacedEvent[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const xs = events.map((e) => scale(e.key, { position: "middle" }) ?? NaN);
  const kept = deriveLabelsThatFit(xs, FONT_SIZE + 5);
  // Roughly 6 px per character at 11 px; longer labels are cut to the plot's height.
  const maxChars = Math.max(8, Math.floor((plot.height - 8) / 6));
  return (
    <g className="losses-event-labels" aria-hidden="true">
      {kept.map((i) => {
        const x = xs[i];
        const e = events[i];
        if (x === undefined || Number.isNaN(x) || !e) return null;
        const text =
          e.event.label.length > maxChars ? `${e.event.label.slice(0, maxChars - 1)}…` : e.event.label;
        return (
          <text
            key={`${e.event.date}${e.event.label}`}
            className="losses-event-label"
            transform={`translate(${x + FONT_SIZE + 2},${plot.y + 4}) rotate(-90)`}
            textAnchor="end"
            fontSize={FONT_SIZE}
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
