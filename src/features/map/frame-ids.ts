// The ids of the map's chart frames, as named in permalinks ("Copy link") and ?embed=<id>; kept
// apart from the panel so the page can ask without loading the map's code.

/** The map's frames: the map itself, its occupied-area and weekly sector charts. */
export const MAP_FRAME_IDS = /^(front-line-map|map-occupied-|map-weekly-)/;

/** Whether `id` names one of the map's chart frames (?embed=<id>). */
export const ownsMapFrame = (id: string) => MAP_FRAME_IDS.test(id);
