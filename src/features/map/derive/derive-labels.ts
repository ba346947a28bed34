// Settlement labels without overlaps: labels are placed greedily in priority order (oblast capitals
// first, then the list's order) and one that would overlap a placed label or leave the map is
// dropped. Zooming in spreads the points apart, so more labels fit.

export interface LabelCandidate {
  id: string;
  /** Screen position of the settlement (after pan and zoom), px. */
  x: number;
  y: number;
  text: string;
  /** Lower = placed first. */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  /** The label's box: [left, top, right, bottom], px. */
  box: [number, number, number, number];
}

export interface LabelMetrics {
  /** Approximate width of one character, px. */
  charWidth: number;
  height: number;
  /** Gap between the dot and the text, px. */
  gap: number;
}

export const DEFAULT_METRICS: LabelMetrics = { charWidth: 6.6, height: 15, gap: 5 };

const overlaps = (a: PlacedLabel["box"], b: PlacedLabel["box"]) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(
  candidates: readonly LabelCandidate[],
  width: number,
  height: number,
  metrics: LabelMetrics = DEFAULT_METRICS,
): PlacedLabel[] {
  const sorted = [...candidates].sort((a, b) => a.priority - b.priority);
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    const w = c.text.length * metrics.charWidth;
    const box: PlacedLabel["box"] = [
      c.x - 3,
      c.y - metrics.height / 2,
      c.x + metrics.gap + w,
      c.y + metrics.height / 2,
    ];
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
    if (placed.some((p) => overlaps(p.box, box))) continue;
    placed.push({ ...c, box });
  }
  return placed;
}
