// Offline, for a day whose map chunk was not saved: says which days are missing and which the map
// can show, instead of an error panel (nothing is broken; the connection is).
import type { MapIndex } from "../../../data/schemas/map";
import { useSavedDataFiles } from "../../../data/queries/saved-copies";
import { describeOfflineMapGap } from "../derive/describe-offline-map";

export function OfflineMapNotice({
  index,
  missingFiles,
}: {
  index: MapIndex;
  missingFiles: readonly string[];
}) {
  const saved = useSavedDataFiles(true);
  const gap = describeOfflineMapGap(index, missingFiles, saved.data ?? []);
  return (
    <div className="notice map-panel__offline" role="status">
      <p className="notice__title">
        You are offline, and the front line for {gap.missing.join(" and ")} was not saved on your last visit.
        It will load when the connection returns.
      </p>
      {saved.data && (
        <p>
          {gap.saved.length > 0
            ? `Saved for offline use: ${gap.saved.join("; ")}.`
            : "No day of the map was saved for offline use."}
        </p>
      )}
    </div>
  );
}
