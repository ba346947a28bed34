// Place names compared across gazetteers and the curated list: the one rule lives in
// src/lib/place-names.ts, shared with the app's place search.
export { normalisePlaceName } from "../../src/lib/place-names";
