// Every feature's URL parameters, so the page can tell the reader about anything a link asked for
// that could not be used. A feature adds its spec here; no other shared file changes.
import { comparisonUrlState } from "../features/comparison/comparison-url-state";
import { lossesUrlState } from "../features/losses/losses-url-state";
import { mapUrlState } from "../features/map/url-state";
import { placeUrlState } from "../features/place/url-state";
import type { UrlStateSpec } from "../filters/url-state";
import { setRangeFollowers } from "../filters/use-url-state";

export const URL_STATES: readonly UrlStateSpec<unknown>[] = [
  lossesUrlState as UrlStateSpec<unknown>,
  comparisonUrlState as UrlStateSpec<unknown>,
  mapUrlState as UrlStateSpec<unknown>,
  placeUrlState as UrlStateSpec<unknown>,
];

// A range change rewrites what it leaves out of every feature's state (a map day outside it).
setRangeFollowers(URL_STATES);
