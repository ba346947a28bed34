// Where each of a band's grouped bars goes (weekly and monthly views): one bar per category side by
// side, with room left at both ends of the band so neighbouring weeks stay apart.

/** Share of a band left empty on each side (Recharts' default barCategoryGap, 10%, plus a little). */
export const BAR_CATEGORY_GAP = 0.12;
/** Pixels between the bars of one band when there is room (Recharts' default barGap). */
const BAR_GAP = 4;
/** The gaps between a band's bars take at most this share of it, so many categories still fit. */
const MAX_GAP_SHARE = 0.2;

/**
 * Left edge and width of bar `index` of `count` in the band from `start` to `end` (pixels). The
 * group always stays inside its band: with many categories in a narrow band the gaps shrink, then
 * the bars go below a pixel, rather than spilling into the next week.
 */
export function deriveBarSlot(
  start: number,
  end: number,
  { index, count }: { index: number; count: number },
): { left: number; width: number } {
  const band = end - start;
  const inner = band * (1 - 2 * BAR_CATEGORY_GAP);
  const gap = count > 1 ? Math.min(BAR_GAP, (inner * MAX_GAP_SHARE) / (count - 1)) : 0;
  const width = (inner - (count - 1) * gap) / count;
  return { left: start + band * BAR_CATEGORY_GAP + index * (width + gap), width };
}

type XScale = (value: string | number, position?: "start" | "middle" | "end") => number | undefined;

/** Left edge and width of bar `slot.index` of `slot.count` in the band of `x` on the chart's x scale. */
export function barSlot(
  scale: XScale,
  x: string | number,
  slot: { index: number; count: number },
): { left: number; width: number } | undefined {
  const start = scale(x, "start");
  const end = scale(x, "end");
  return start === undefined || end === undefined ? undefined : deriveBarSlot(start, end, slot);
}

/** Centre of that bar. */
export function barCenter(
  scale: XScale,
  x: string | number,
  slot: { index: number; count: number },
): number | undefined {
  const s = barSlot(scale, x, slot);
  return s && s.left + s.width / 2;
}
