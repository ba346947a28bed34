// The SVG path of one chart line from its points in pixels: straight segments, a gap wherever a
// point is missing, and a lone point between gaps as a zero-length closed subpath (d3's rule, so a
// single reported day still shows with round caps). Points come as two parallel arrays, not
// objects: this runs for every point of every line on each range change. Shared by the plain-SVG line
// charts (losses, comparison, the map's sector chart).

/** `xs[i]`, `ys[i]`: the i-th point; a non-finite coordinate (NaN) is a gap. */
export function deriveLinePath(xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  let d = "";
  let run = 0;
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (run === 1) d += "Z";
      run = 0;
      continue;
    }
    // Hundredths of a pixel.
    d += (run === 0 ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
    run++;
  }
  if (run === 1) d += "Z";
  return d;
}
