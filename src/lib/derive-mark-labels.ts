// Which marks (dashed lines on a time axis) get their label drawn: a label sits just left of its
// line, and where lines crowd (NZZ's many jumps in spring 2022) their labels would print over each
// other. Each line is still drawn; a label is kept only where it has room since the last one kept.

/** Rough width of a label at 11 px (average glyph ~6.2 px), with a little padding. */
export function labelWidth(text: string): number {
  return text.length * 6.2 + 6;
}

/**
 * Indexes of `xs` (line positions in px, any order) whose labels fit: a label occupies
 * [x − width, x]; kept if it starts at or right of `left` and after the previous kept label's end.
 */
export function deriveMarkLabels(
  marks: readonly { x: number; label: string }[],
  left = 0,
  gap = 6,
): Set<number> {
  const order = marks.map((m, i) => ({ ...m, i })).sort((a, b) => a.x - b.x);
  const kept = new Set<number>();
  let end = left - gap;
  for (const m of order) {
    const start = m.x - labelWidth(m.label);
    if (start >= end + gap && start >= left) {
      kept.add(m.i);
      end = m.x;
    }
  }
  return kept;
}
