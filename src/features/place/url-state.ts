// The place's part of the URL: ?place=<id> (a settlement of place-history.json, e.g.
// "avdiyivka-donetsk"). Only its form is checked here (the file loads later, when a place is
// asked for); an id the file does not list is said by the panel. Absent: no place chosen.
import { echo, readParam } from "../../filters/parse-helpers";
import type { UrlStateSpec } from "../../filters/url-state";

export interface PlaceUrlState {
  place: string | null;
}

export const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_CHARS = 80;

export const placeUrlState: UrlStateSpec<PlaceUrlState> = {
  params: ["place"],
  parse(params, _ctx, notices) {
    const raw = readParam(params, "place", notices);
    if (raw === null || raw === "") return { place: null };
    if (raw.length <= MAX_ID_CHARS && PLACE_ID.test(raw)) return { place: raw };
    notices.push(
      `The link's place ${echo(raw)} is not a place id (lower-case letters, digits and hyphens, e.g. “bakhmut-donetsk”), so no place is shown.`,
    );
    return { place: null };
  },
  serialize: (state): Record<string, string> => (state.place === null ? {} : { place: state.place }),
};
