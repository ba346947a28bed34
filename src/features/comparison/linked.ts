import { linksInto } from "../../lib/permalink";

/**
 * Whether the URL points inside the comparison section (from the ledger: "?from=…#cmp-territory", or a
 * chart's permalink, or a ledger row that Back returns to: "#ledger-…"): then it mounts at once (so
 * does the chart-only view of one of its charts, see app/embed.ts). Kept apart from
 * ComparisonSection so the page can ask without loading the section's code.
 */
export const linkedHere = () => linksInto(COMPARISON_IDS);

/** Whether `id` names one of the section's panels or chart frames (?embed=<id>). */
export const ownsComparisonFrame = (id: string) => COMPARISON_IDS.test(id);

/** The section's panels (#cmp-…) and its chart frames, as named in permalinks ("Copy link"). */
export const COMPARISON_IDS =
  /^(cmp-|claimed-vs-confirmed-|claim-ratio-|russia-vs-ukraine-|russia-ukraine-ratio-|oryx-status-|territory-|claims-ledger|ledger-)/;
