// Vertical positions for labels at the line ends: each as close to its line's end as possible,
// never closer than `height` to another, all inside [top, bottom].

/** Returns one y per input y (same order). */
export function deriveEndLabels(
  ys: readonly number[],
  height: number,
  top: number,
  bottom: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(bottom, Math.max(top, o.y)));
  // Push down past the previous label, then back up from the bottom if the stack overflowed.
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + height);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : (placed[k + 1] as number) - height;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}
