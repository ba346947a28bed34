// Says so when the page works from saved data (offline or on a network that did not answer).
import { useSyncExternalStore } from "react";
import { useSavedCopies } from "../data/queries/saved-copies";
import { describeOffline } from "./describe-offline";

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function OfflineNotice() {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const savedCopies = useSavedCopies();
  const text = describeOffline({ online, savedCopies });
  if (!text) return null;
  return (
    <div className="notice offline-notice" role="status">
      <p>{text}</p>
    </div>
  );
}
