// The place timeline's figure id (its anchor, export stem and ?embed= id), apart from the panel so
// that the page's embed switch can name it without loading the panel.
export const PLACE_FRAME_ID = "place-timeline";

export const ownsPlaceFrame = (id: string) => id === PLACE_FRAME_ID;
