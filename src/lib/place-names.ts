// One rule for matching place names, used by the pipeline (finding the map's labels in the gazetteer)
// and the app (the place search): spelling variants fold together.

/** Folds spelling variants together: case, diacritics, apostrophes (Mar'inka), hyphens vs spaces. */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
}

/**
 * Cyrillic letters as GeoNames writes Ukrainian place names in Latin (BGN/PCGN: ї → yi, я → ya,
 * г → h, the soft sign and apostrophe dropped), so "Авдіївка" reads "Avdiyivka" as the gazetteer
 * has it. Russian-only letters (ы, э, ё, ъ) are written as that system writes them too.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  (
    "а:a б:b в:v г:h ґ:g д:d е:e є:ye ж:zh з:z и:y і:i ї:yi й:y к:k л:l м:m н:n о:o п:p р:r с:s " +
    "т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь: ю:yu я:ya ы:y э:e ё:yo ъ:"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

export function transliterateCyrillic(text: string): string {
  return text.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? "");
}

/**
 * The place search's key: any Cyrillic written in Latin, folded as normalisePlaceName does, and
 * GeoNames' "y" before a vowel read as Ukraine's official romanisation writes it ("Avdiyivka",
 * "Zaporizhzhya" and "Avdiivka", "Zaporizhzhia" meet). For the search only: the pipeline's
 * matching of labels to the gazetteer keeps normalisePlaceName.
 */
export function placeSearchKey(text: string): string {
  return normalisePlaceName(transliterateCyrillic(text))
    .replace(/yi/g, "i")
    .replace(/y(?=[aeu])/g, "i");
}
