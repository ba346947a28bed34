// Which DeepState layer a feature belongs to. DeepState's feature names changed over time (Ukrainian
// text → "Occupied"/"Liberated" → `geoJSON.status.*` keys, some with broken UTF-8), while its fill
// colours are stable, so the fill decides and the name is only a fallback for unknown colours
// (see ../shared/data/README.md, territory/deepstate).

export type DeepStateLayer = "occupiedSince2022" | "occupiedBefore2022" | "liberated" | "unknown" | "other";

const LAYER_BY_FILL: Record<string, DeepStateLayer> = {
  "#a52714": "occupiedSince2022",
  "#880e4f": "occupiedBefore2022",
  "#000000": "occupiedBefore2022",
  "#0f9d58": "liberated",
  "#0288d1": "liberated",
  "#01579b": "liberated",
  "#bcaaa4": "unknown",
  "#bdbdbd": "unknown",
};

// Name fragments, tested in this order (pre-2022 first: "Occupied Crimea" also says "occupied").
const NAME_RULES: [RegExp, DeepStateLayer][] = [
  [/крим|crimea|ордло|cadr|calr|тузла|tuzla|geojson\.territories/i, "occupiedBefore2022"],
  [/звільн|liberated|taken back|recaptured|status\.dismissed/i, "liberated"],
  [/під питанням|contested|невідом|unknown|сіра зона|gray area/i, "unknown"],
  [/окупов|occupied|захоплено|status\.occupied/i, "occupiedSince2022"],
];

export function classifyDeepStateFeature(fill: unknown, name: unknown): DeepStateLayer {
  const byFill = typeof fill === "string" ? LAYER_BY_FILL[fill.trim().toLowerCase()] : undefined;
  if (byFill) return byFill;
  const text = typeof name === "string" ? name : "";
  for (const [pattern, layer] of NAME_RULES) if (pattern.test(text)) return layer;
  return "other";
}

export function isOccupied(layer: DeepStateLayer): boolean {
  return layer === "occupiedSince2022" || layer === "occupiedBefore2022";
}

/** True for DeepState's Crimea and Tuzla features (by name), used to give NZZ its missing Crimea. */
export function isCrimeaFeature(name: unknown): boolean {
  return typeof name === "string" && /крим|crimea|тузла|tuzla/i.test(name);
}
