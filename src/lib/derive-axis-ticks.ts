// X-axis ticks picked from the row keys instead of letting the chart measure ~1,600 labels
// (Recharts' automatic interval measures every label's text width, which is slow on long ranges).
import type { IsoDate } from "../data/schemas/common";

/**
 * At most `maxTicks` keys, preferring the first key of a month (or of a year on long ranges) so
 * labels land on calendar boundaries; falls back to evenly spaced keys on short ranges.
 */
export function deriveAxisTicks(keys: readonly IsoDate[], maxTicks = 8): IsoDate[] {
  if (keys.length <= maxTicks) return [...keys];
  const monthStarts = keys.filter((k, i) => i === 0 || k.slice(0, 7) !== keys[i - 1]?.slice(0, 7));
  const candidates =
    monthStarts.length >= 3 ? monthStarts.slice(keys[0]?.endsWith("-01") ? 0 : 1) : [...keys];
  if (candidates.length <= maxTicks) return candidates;
  // Keep every k-th candidate, with k chosen among "nice" month steps when candidates are months.
  const steps = monthStarts.length >= 3 ? [2, 3, 4, 6, 12, 24] : [];
  const step =
    steps.find((s) => Math.ceil(candidates.length / s) <= maxTicks) ??
    Math.ceil(candidates.length / maxTicks);
  if (steps.length > 0) {
    // Align month steps on calendar months (e.g. Jan/Apr/Jul/Oct for 3), not on the first candidate.
    const aligned = candidates.filter((k) => (Number(k.slice(5, 7)) - 1) % step === 0);
    if (aligned.length >= 2 && aligned.length <= maxTicks) return aligned;
  }
  return candidates.filter((_, i) => i % step === 0);
}

/** Room one date label needs on an x axis ("30 Sept 2023" at 12 px, and a gap), px. */
export const DATE_LABEL_ROOM = 84;

/**
 * The x ticks of a date axis over `days` on a plot `plotWidth` px wide: as many as leave each label
 * `room` px, on calendar boundaries (deriveAxisTicks), never fewer than two.
 */
export function deriveDateTicks(
  days: readonly IsoDate[],
  plotWidth: number,
  room = DATE_LABEL_ROOM,
): IsoDate[] {
  return deriveAxisTicks(days, Math.max(2, Math.floor(plotWidth / room)));
}
