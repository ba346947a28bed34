// Deterministic JSON for the files under public/data: the same value always gives the same bytes.
// Object keys are written in insertion order, which every step controls (fixed category/type lists),
// so no key sorting is needed; numbers and strings serialise identically across runs.

/** Compact JSON plus a final newline (diff-friendly, no timestamps, no locale-dependent output). */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
