// The map's chart frames, as named in permalinks ("Copy link") and embeds (?embed=<id>).
const OWN_HASH = /^#(front-line-map|map-occupied-|map-weekly-)/;

/** Whether `id` names one of the map's chart frames. */
export const ownsMapFrame = (id: string) => OWN_HASH.test(`#${id}`);
