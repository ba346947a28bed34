// Trailing rolling mean of daily losses, e.g. the 7-day average view.

/**
 * Mean of the `window` values ending at each index (losses per day). Null until a full window
 * exists and wherever a day in the window is missing, so a gap never reads as a lull.
 * Runs in one pass (running sum), so the full four-year series costs microseconds.
 */
export function deriveRollingAverage(daily: readonly (number | null)[], window = 7): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(daily.length).fill(null);
  let sum = 0;
  let missing = 0;
  for (let i = 0; i < daily.length; i++) {
    const value = daily[i];
    if (value == null) missing++;
    else sum += value;
    if (i >= window) {
      const leaving = daily[i - window];
      if (leaving == null) missing--;
      else sum -= leaving;
    }
    if (i >= window - 1 && missing === 0) out[i] = sum / window;
  }
  return out;
}
