// SVG path of a sparkline. Drawn by hand rather than with Recharts: fifteen small charts redrawn
// on every range change must cost well under a millisecond each.

/**
 * Values reduced to at most `maxPoints` by averaging consecutive runs (a 4-year daily series
 * becomes ~120 points, about one per pixel of a card). Null values are skipped within a run; a run
 * of only nulls stays null (a gap).
 */
export function deriveDownsampled(values: readonly (number | null)[], maxPoints: number): (number | null)[] {
  if (values.length <= maxPoints) return [...values];
  const out: (number | null)[] = [];
  const size = values.length / maxPoints;
  for (let b = 0; b < maxPoints; b++) {
    let sum = 0;
    let n = 0;
    for (let i = Math.floor(b * size); i < Math.floor((b + 1) * size); i++) {
      const v = values[i];
      if (v != null) {
        sum += v;
        n++;
      }
    }
    out.push(n > 0 ? sum / n : null);
  }
  return out;
}

/** "M0,10L5,4…" scaled into width × height (y grows downward; min at the bottom); gaps break the line. */
export function deriveSparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
): string {
  const present = values.filter((v): v is number => v != null);
  if (present.length === 0) return "";
  const min = Math.min(0, ...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  let path = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v == null) {
      pen = false;
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (height - ((v - min) / span) * height).toFixed(1);
    path += `${pen ? "L" : "M"}${x},${y}`;
    pen = true;
  });
  return path;
}
