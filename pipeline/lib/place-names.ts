// Place names compared across gazetteers and the curated list.

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
