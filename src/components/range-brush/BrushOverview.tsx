// What the range brush draws behind its window: the whole series as one static line, and the year
// (on short series, month) labels under it. Neither changes with the range, so neither a range
// change nor a drag redraws them.
import { memo, useMemo } from "react";
import type { IsoDate } from "../../data/schemas/common";
import { deriveDownsampled, deriveSparklinePath } from "../../lib/derive-sparkline-path";
import { formatDate } from "../../lib/format";
import { percent } from "./brush-geometry";
import { deriveDayFraction } from "./derive-brush-span";

export interface OverviewPoint {
  key: IsoDate;
  /** What the brush's miniature draws (e.g. the 7-day average of the first selected category). */
  value: number | null;
}

/** Height of the overview line inside the 56 px track (px). */
const OVERVIEW_HEIGHT = 48;
/** Horizontal resolution of the overview path (SVG units, stretched to the track). */
const OVERVIEW_WIDTH = 1000;

/** The miniature of the whole series, one path (its ~1,600 points downsampled to 500). */
export const Overview = memo(function Overview(props: { points: readonly OverviewPoint[]; color: string }) {
  const { points } = props;
  const path = useMemo(
    () =>
      deriveSparklinePath(
        deriveDownsampled(
          points.map((p) => p.value),
          OVERVIEW_WIDTH / 2,
        ),
        OVERVIEW_WIDTH,
        OVERVIEW_HEIGHT,
      ),
    [points],
  );
  return (
    <svg
      className="range-brush__overview"
      viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path d={path} fill="none" stroke={props.color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});

/** Year (and, on short series, month) labels under the brush, at their first day. */
export const YearLabels = memo(function YearLabels({ points }: { points: readonly OverviewPoint[] }) {
  const n = points.length;
  if (n < 2) return null;
  const yearStarts = points.flatMap((p, i) =>
    i > 0 && p.key.endsWith("-01-01") ? [{ i, label: p.key.slice(0, 4) }] : [],
  );
  const marks =
    yearStarts.length >= 2
      ? yearStarts
      : points.flatMap((p, i) =>
          i > 0 && p.key.endsWith("-01") ? [{ i, label: formatDate(p.key, "month") }] : [],
        );
  return (
    <div className="range-brush__years" aria-hidden="true">
      {marks.map((m) => (
        <span key={m.i} style={{ left: percent(deriveDayFraction(m.i, n)) }}>
          {m.label}
        </span>
      ))}
    </div>
  );
});
