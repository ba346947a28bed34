// The sentence the page shows when it works from saved data or without a network.

export interface OfflineState {
  online: boolean;
  /** Data file → when its saved copy was made, for the files shown from a saved copy. */
  savedCopies: ReadonlyMap<string, Date>;
}

/** Null when there is nothing to say (online, every file fresh from the network). */
export function describeOffline({ online, savedCopies }: OfflineState, timeZone?: string): string | null {
  const oldest = [...savedCopies.values()].reduce<Date | null>((a, b) => (a && a < b ? a : b), null);
  if (oldest) {
    // The reader's own clock time: when they last saw the page online.
    const day = oldest.toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone,
    });
    const time = oldest.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
    const why = online ? "The network did not answer in time" : "You are offline";
    return `${why}: this page shows the data saved on your last visit, on ${day} at ${time}. Newer figures may exist; each chart's footer says the day its data runs to.`;
  }
  if (!online) return "You are offline. Anything not yet loaded will load when the connection returns.";
  return null;
}
