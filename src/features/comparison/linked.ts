/**
 * Whether the URL points inside the comparison section (e.g. from the ledger: "?from=…#cmp-territory")
 * or asks for the chart-only view (?embed=…, which may show one of its charts): then it mounts at once.
 * Kept apart from ComparisonSection so the page can ask without loading the section's code.
 */
export const linkedHere = () =>
  typeof window !== "undefined" &&
  (window.location.hash.startsWith("#cmp-") || new URLSearchParams(window.location.search).has("embed"));
