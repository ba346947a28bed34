/**
 * Whether the URL points inside the comparison section (from the ledger: "?from=…#cmp-territory", or a
 * chart's permalink, or a ledger row that Back returns to: "#ledger-…")
 * or asks for the chart-only view (?embed=…, which may show one of its charts): then it mounts at once.
 * Kept apart from ComparisonSection so the page can ask without loading the section's code.
 */
export const linkedHere = () =>
  typeof window !== "undefined" &&
  (OWN_HASH.test(window.location.hash) || new URLSearchParams(window.location.search).has("embed"));

/** The section's panels (#cmp-…) and its chart frames, as named in permalinks ("Copy link"). */
const OWN_HASH =
  /^#(cmp-|claimed-vs-confirmed-|claim-ratio-|russia-vs-ukraine-|russia-ukraine-ratio-|oryx-status-|territory-|claims-ledger|ledger-)/;
