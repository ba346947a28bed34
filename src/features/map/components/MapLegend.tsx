// The legend of the map's layers with the km² of each inside the measured area. Only draws.
import { formatKm2, formatNumber } from "../../../lib/format";
import type { LegendItem, LegendTotal } from "../derive/derive-map-text";
import { MapPatterns } from "./MapPatterns";

export function MapLegend({
  items,
  caption,
  totals = [],
  totalsCaption,
  unavailable,
}: {
  items: LegendItem[];
  caption: string;
  totals?: readonly LegendTotal[];
  totalsCaption?: string;
  /** Why the km² cannot be measured now (offline, the day not saved); else "measuring…". */
  unavailable?: string;
}) {
  return (
    <div className="map-legend">
      <svg width={0} height={0} aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
        <defs>
          <MapPatterns suffix="-legend" />
        </defs>
      </svg>
      <p className="map-legend__caption">{caption}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-legend={item.id}>
            <svg width={22} height={16} aria-hidden="true" focusable="false">
              {item.fill.startsWith("line:") ? (
                <path
                  d="M1 13 L8 5 L14 10 L21 3"
                  style={{ fill: "none", stroke: item.fill.slice(5), strokeWidth: 2 }}
                />
              ) : (
                <rect
                  width={22}
                  height={16}
                  rx={2}
                  className="map-legend__swatch"
                  style={{
                    fill: item.fill.startsWith("pattern:") ? `url(#${item.fill.slice(8)}-legend)` : item.fill,
                  }}
                />
              )}
            </svg>
            <span className="map-legend__label">{item.label}</span>
            <span className="map-legend__value">
              {item.km2 === undefined ? (unavailable ?? "measuring…") : `${formatNumber(item.km2)} km²`}
            </span>
          </li>
        ))}
      </ul>
      {totals.length > 0 && (
        <>
          <p className="map-legend__caption">{totalsCaption}</p>
          <ul className="map-legend__totals">
            {totals.map((t) => (
              <li key={t.id} data-legend={t.id}>
                <span className="map-legend__label">{t.label}</span>
                <span className="map-legend__value">{t.km2 === null ? "no data" : formatKm2(t.km2)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
