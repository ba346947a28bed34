// The claims ledger's CSV: one row per reading of each statement, with the quoted figure, the
// data's figure and the verdict computed from the data, and the citation, so the file can be
// checked without the page.
import type { Claim, ClaimReading } from "../../../data/schemas/claims";
import type { ExportData } from "../../../lib/export/csv";
import {
  formatDate,
  formatDateRange,
  formatKm2,
  formatNumber,
  formatSignedNumber,
  formatSignedPercent,
} from "../../../lib/format";
import { roundKm2 } from "../../../lib/windows";
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
      "arithmetic",
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
          [`Window: ${reading.why}`, ...deriveArithmeticLines(e, claim)].join(" · "),
          claim.reportedBy.url,
          claim.primary?.url ?? null,
        ];
      }),
    ),
    // The statements' own days, not the page's range (the ledger does not follow it).
    range: dates.length ? { from: dates[0]!, to: dates.at(-1)! } : undefined,
  };
}

/**
 * The arithmetic behind a reading's verdict, one sentence per line: the figures read and their days,
 * the subtraction, and the rule. The ledger's "Arithmetic" details and its CSV both show these.
 */
export function deriveArithmeticLines(e: ReadingResult, claim: Claim): string[] {
  const v = e.verdict;
  const lines: string[] = [];
  const [a, b] = e.terms;
  if (e.op === "total" && a) lines.push(`${a.label} on ${formatDate(a.date)} = ${formatNumber(a.value)}`);
  if (e.op === "change" && a && b)
    lines.push(
      `${formatNumber(a.value)} (${formatDate(a.date)}) − ${formatNumber(b.value)} (${formatDate(b.date)}) = ${formatNumber(a.value - b.value)}`,
    );
  if (e.op === "advance" && a && b)
    lines.push(
      `Inside the sector box, the day-to-day changes of ${formatDateRange(e.window)} added up: retaken by Ukraine ${formatKm2(a.value)}, taken by Russia ${formatKm2(b.value)} (net for Ukraine ${formatSignedNumber(a.value - b.value, undefined, 1)} km²).`,
    );
  if (e.op === "held" && a) {
    lines.push(
      b
        ? `${SOURCE_NAMES[e.source]} first showed it Russian-held on ${formatDate(a.date)} (on ${formatDate(b.date)} not yet).`
        : `${SOURCE_NAMES[e.source]} shows it Russian-held from its first map, ${formatDate(a.date)}.`,
      `First day held − claimed day = ${formatDate(a.date)} − ${formatDate(e.window.to)} = ${formatSignedNumber(a.value)} days.`,
    );
    if (e.role === "verdict")
      lines.push(
        "Verdict rule: “matches” if the map showed the place Russian-held on the claimed day (0 days or fewer).",
      );
  }
  if ((v.kind === "matches" || v.kind === "differs") && e.claimed !== null) {
    const atLeast = claim.readings.some((r) => "comparator" in r.check && r.check.comparator === "atLeast");
    if (v.kind === "matches")
      lines.push(
        `Claimed ${atLeast ? "at least " : ""}${formatNumber(e.claimed)}: the data ${atLeast ? "reaches it" : "is the same"}.`,
      );
    else
      lines.push(
        `Data − claimed = ${formatNumber(v.value)} − ${formatNumber(e.claimed)} = ${formatSignedNumber(v.diff)}` +
          (v.pct !== null
            ? ` (${formatSignedPercent(v.pct)} of the claim)`
            : " (no percentage of a claim of 0)"),
      );
  }
  if (v.kind === "context")
    lines.push(
      claim.verdictSource === null
        ? "Context, not a verdict: none of the dashboard’s sources is the statement’s own."
        : e.op === "held"
          ? `Context, not a verdict: the verdict reads ${SOURCE_NAMES[claim.verdictSource]}’s map; this is another source’s.`
          : `Context, not a verdict: the statement is ${SOURCE_NAMES[claim.verdictSource]}’s, this is another source’s figure.`,
    );
  if (e.op === "advance" && e.role === "verdict")
    lines.push("Verdict rule: “matches” if Ukraine retook at least 1 km² in the sector in that window.");
  if (v.kind === "notCheckable") lines.push(`Not checkable: ${v.reason}.`);
  return lines;
}
