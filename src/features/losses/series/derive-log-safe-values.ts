// A log axis cannot show zero or negative values. Rather than clamping them to 1 (which would draw
// a loss that did not happen), they become gaps, and the count of hidden points is reported so the
// chart can say so.

export interface LogSafeValues {
  values: (number | null)[];
  /** How many values ≤ 0 were turned into gaps. */
  hidden: number;
}

export function deriveLogSafeValues(values: readonly (number | null)[]): LogSafeValues {
  let hidden = 0;
  const safe = values.map((v) => {
    if (v == null) return null;
    if (v <= 0) {
      hidden++;
      return null;
    }
    return v;
  });
  return { values: safe, hidden };
}
