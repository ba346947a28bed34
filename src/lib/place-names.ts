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
