// The notes above the map: a listed method change or possible redraw on the day shown, the window
// of changes NZZ's update covers, the sources whose map starts later, and what is missing offline or
// failed to load. Only draws.
import { ErrorPanel } from "../../../components/ErrorPanel";
import type { MapIndex } from "../../../data/schemas/map";
import type { DayNotice } from "../derive/derive-method-notes";
import { OfflineMapNotice } from "./OfflineMapNotice";

export function MapNotices({
  notices,
  nzzWindow,
  missingNote,
  rangeNote,
  index,
  offlineMissing,
  chunkError,
  onRetry,
}: {
  notices: readonly DayNotice[];
  nzzWindow: string | null;
  missingNote: string | null;
  /** The range the map shows, when the maps end before the global range does (or start after). */
  rangeNote: string | null;
  index: MapIndex;
  /** Chunks not saved for offline use that the view needs. */
  offlineMissing: readonly string[];
  chunkError: Error | undefined;
  onRetry: () => void;
}) {
  const offline = offlineMissing.length > 0;
  return (
    <>
      {(notices.length > 0 || nzzWindow) && (
        <div className="map-panel__day-notes" role="status">
          {notices.map((n) => (
            <p key={n.key} className="map-panel__note map-panel__note--change" data-day-notice={n.kind}>
              {n.text}
            </p>
          ))}
          {nzzWindow && <p className="map-panel__note">{nzzWindow}</p>}
        </div>
      )}
      {rangeNote && (
        <p className="map-panel__note" role="status" data-map-range-note>
          {rangeNote}
        </p>
      )}
      {missingNote && (
        <p className="map-panel__note" role="status">
          {missingNote}
        </p>
      )}
      {offline && <OfflineMapNotice index={index} missingFiles={offlineMissing} />}
      {chunkError && !offline && (
        <ErrorPanel title="Part of the map could not be loaded" error={chunkError} onRetry={onRetry} />
      )}
    </>
  );
}
