// The words for the map's URL values, shared by its controls and its text (derive/derive-map-text.ts).
import type { MapDefinitionChoice, MapMode, MapView } from "./url-state";

export const VIEW_LABELS: Record<MapView, string> = {
  all: "All Ukraine",
  bakhmut: "Bakhmut",
  zaporizhzhia: "Zaporizhzhia front",
  donetsk: "Donetsk",
};

export const DEFINITION_LABELS: Record<MapDefinitionChoice, string> = {
  likeForLike: "Like for like",
  asPublished: "As published",
};

export const MODE_LABELS: Record<MapMode, string> = {
  // Measured from the day before the range (derive-map-text): the range's first day's change counts.
  change: "Change over the range",
  disagree: "Where the sources differ",
};
