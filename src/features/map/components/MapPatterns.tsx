// The map's fill patterns, shared by the map and the legend swatches. Only draws.
import { memo } from "react";

/** Fill patterns, shared by the map and the legend swatches; each kind differs in pattern, not only colour. */
export const MapPatterns = memo(function MapPatterns({
  transform,
  suffix = "",
}: {
  transform?: string;
  suffix?: string;
}) {
  return (
    <>
      <pattern
        id={`map-pat-ru-gain${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-gain-russia)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 2.4 }} />
      </pattern>
      <pattern
        id={`map-pat-ukr-gain${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={transform}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-gain-ukraine)" }} />
        <circle cx={3} cy={3} r={1.3} style={{ fill: "var(--map-pattern-ink)" }} />
      </pattern>
      <pattern
        id={`map-pat-only-a${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-src-deepstate)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 2.4 }} />
      </pattern>
      <pattern
        id={`map-pat-only-b${suffix}`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform={`${transform ?? ""} rotate(-45)`}
      >
        <rect width={6} height={6} style={{ fill: "var(--map-src-nzz)" }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: "var(--map-pattern-ink)", strokeWidth: 1.2 }} />
      </pattern>
    </>
  );
});
