// Says so when the page works from saved data (offline or on a network that did not answer).
import { useSavedCopies } from "../data/queries/saved-copies";
import { useOnline } from "../lib/use-online";
import { describeOffline } from "./describe-offline";

export function OfflineNotice() {
  const online = useOnline();
  const savedCopies = useSavedCopies();
  const text = describeOffline({ online, savedCopies });
  if (!text) return null;
  return (
    <div className="notice offline-notice" role="status">
      <p>{text}</p>
    </div>
  );
}
