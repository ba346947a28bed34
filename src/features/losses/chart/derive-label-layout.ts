// Which event labels fit: vertical labels closer than their own line height would overlap, so the
// later one is dropped (its line stays, and the event is in the list under the chart).

/** Indexes of the positions kept, scanning left to right, at least `minGap` pixels apart. */
export function deriveLabelsThatFit(positions: readonly number[], minGap: number): number[] {
  const order = positions.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const kept: number[] = [];
  let last = -Infinity;
  for (const { x, i } of order) {
    if (x - last >= minGap) {
      kept.push(i);
      last = x;
    }
  }
  return kept.sort((a, b) => a - b);
}
