// The map's scale bar, drawn inside the map's SVG (so PNG and SVG exports, which read that SVG,
// carry it): a round length from deriveScaleBar, bottom left.
import type { ScaleBar as ScaleBarValue } from "../derive/derive-scale-bar";

export function ScaleBar({ bar, x, y }: { bar: ScaleBarValue | null; x: number; y: number }) {
  if (!bar) return null;
  return (
    <g className="front-map__scale" transform={`translate(${x},${y})`} data-km={bar.km}>
      <rect className="front-map__scale-halo" x={-4} y={-16} width={bar.px + 8} height={24} rx={3} />
      <path className="front-map__scale-bar" d={`M0,-4V2H${bar.px.toFixed(1)}V-4`} />
      <text className="front-map__scale-text" x={bar.px / 2} y={-6} textAnchor="middle">
        {bar.label}
      </text>
    </g>
  );
}
