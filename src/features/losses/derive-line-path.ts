// The SVG path of one chart line from the points Recharts laid out (pixels), drawn by our own
// shape (SeriesPath) instead of Recharts' Curve: Recharts' line shape measures the previous path
// (getTotalLength) on every render, which forces a style and layout pass in the middle of each
// range change. Same geometry as Recharts' linear curve: straight segments, a gap wherever a
// point is missing, and a lone point between gaps as a zero-length closed subpath (d3's rule).

export interface PathPoint {
  x?: number | null;
  y?: number | null;
}

const defined = (p: PathPoint | null | undefined): p is { x: number; y: number } =>
  p != null && p.x != null && p.y != null && Number.isFinite(p.x) && Number.isFinite(p.y);

export function deriveLinePath(points: readonly (PathPoint | null | undefined)[]): string {
  let d = "";
  let run = 0;
  for (const p of points) {
    if (!defined(p)) {
      if (run === 1) d += "Z";
      run = 0;
      continue;
    }
    // Hundredths of a pixel (toFixed is the fastest way there; this runs for every point of every line).
    d += (run === 0 ? "M" : "L") + p.x.toFixed(2) + "," + p.y.toFixed(2);
    run++;
  }
  if (run === 1) d += "Z";
  return d;
}
