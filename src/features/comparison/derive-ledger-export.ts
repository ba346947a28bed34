// The claims ledger's CSV: one row per reading of each statement, with the quoted figure, the
// data's figure and the verdict computed from the data, and the citation, so the file can be
// checked without the page.
import type { Claim, ClaimReading } from "../../data/schemas/claims";
import type { ExportData } from "../../lib/export/csv";
import { roundKm2 } from "../../lib/windows";
import type { Evaluation, ReadingResult } from "./derive-claim-verdicts";

export const SOURCE_NAMES: Record<Evaluation["source"], string> = {
  generalStaff: "General Staff",
  oryx: "Oryx",
  deepstate: "DeepState",
  nzz: "NZZ",
};

export interface LedgerEntry {
  claim: Claim;
  results: readonly { reading: ClaimReading; e: ReadingResult }[];
}

const VERDICTS: Record<Evaluation["verdict"]["kind"], string> = {
  matches: "matches",
  differs: "differs",
  context: "context (another source)",
  notCheckable: "not checkable",
};

export function deriveLedgerExport(entries: readonly LedgerEntry[]): ExportData {
  const dates = entries.map((x) => x.claim.date).sort();
  return {
    fileStem: "claims-ledger-checked-against-general-staff-oryx-deepstate-nzz",
    columns: [
      "claim date",
      "who",
      "claim",
      "reading",
      "data source",
      "reading kind",
      "window from",
      "window to",
      "baseline day",
      "quoted figure",
      "data figure",
      "verdict",
      "data minus quoted",
      "note",
      "citation URL",
      "primary source URL",
    ],
    rows: entries.flatMap(({ claim, results }) =>
      results.map(({ reading, e }) => {
        const v = e.verdict;
        return [
          claim.date,
          claim.who,
          claim.quote,
          reading.label,
          SOURCE_NAMES[e.source],
          e.role === "verdict" ? "own source: verdict" : "another source: context",
          e.window.from,
          e.window.to,
          e.baseline,
          e.claimed,
          v.kind === "notCheckable" ? null : e.op === "advance" ? roundKm2(v.value) : v.value,
          VERDICTS[v.kind],
          v.kind === "differs" && e.claimed !== null ? v.diff : null,
          v.kind === "notCheckable"
            ? v.reason
            : e.op === "advance"
              ? "data figure: km² retaken by Ukraine in the sector"
              : e.op === "held"
                ? `data figure: days from the claimed day to the first day shown Russian-held (${e.terms[0]?.date ?? ""})`
                : null,
          claim.reportedBy.url,
          claim.primary?.url ?? null,
        ];
      }),
    ),
    // The statements' own days, not the page's range (the ledger does not follow it).
    range: dates.length ? { from: dates[0]!, to: dates.at(-1)! } : undefined,
  };
}
