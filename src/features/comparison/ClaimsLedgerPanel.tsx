// Panel 4: the claims ledger. Each curated statement (claims.json) is checked, reading by reading,
// against the data for its own window; verdicts and figures are computed here, never typed.
import { useMemo } from "react";
import { ChartFrame, type FrameSource } from "../../components/ChartFrame";
import type { Claim, ClaimCheck, ClaimsFile } from "../../data/schemas/claims";
import type { IsoDate } from "../../data/schemas/common";
import { addDays } from "../../lib/dates";
import { formatDate, formatDateRange, formatNumber, formatSignedNumber } from "../../lib/format";
import { evaluateCheck, type Evaluation, type LedgerData } from "./derive-claim-verdicts";
import { deriveLedgerExport, SOURCE_NAMES, type LedgerEntry } from "./derive-ledger-export";

interface Props {
  claims: ClaimsFile;
  data: LedgerData;
  /** The data sources the verdicts are computed from, for the frame's footer and the CSV. */
  sources: readonly FrameSource[];
}

export function ClaimsLedgerPanel({ claims, data, sources }: Props) {
  const evaluated: LedgerEntry[] = useMemo(
    () =>
      claims.claims.map((c) => ({
        claim: c,
        results: c.readings.map((r) => ({ reading: r, e: evaluateCheck(r.check, data) })),
      })),
    [claims, data],
  );
  const exportData = useMemo(() => deriveLedgerExport(evaluated), [evaluated]);
  const kinds = evaluated.flatMap((x) => x.results.map((r) => r.e.verdict.kind));
  const count = (k: Evaluation["verdict"]["kind"]) => kinds.filter((x) => x === k).length;
  const days = claims.claims.map((c) => c.date).sort();
  const dates = days[0] && days.at(-1) ? { from: days[0], to: days.at(-1)! } : null;
  return (
    <div className="cmp-panel" id="cmp-ledger">
      <h3 className="cmp-panel__title">Claims ledger: public statements checked against the data</h3>
      <ChartFrame
        id="claims-ledger"
        className="cmp-ledger-frame"
        title={`${claims.claims.length} statements, ${kinds.length} readings: ${count("matches")} match the data, ${count("differs")} differ, ${count("notCheckable")} not checkable`}
        subtitle={
          dates ? `Statements made ${formatDateRange(dates)}; each checked for its own window` : undefined
        }
        note="Each statement is quoted as reported; the figures and verdicts beside it are computed from this dashboard’s data for the window shown. “Matches” means the same number; “differs” gives the data’s figure and by how much; “not checkable” says why."
        sources={sources}
        exportData={exportData}
        dataTable={false}
      >
        <ol className="cmp-ledger">
          {evaluated.map(({ claim, results }) => (
            <li key={claim.id} className="cmp-claim" data-claim={claim.id}>
              <blockquote className="cmp-claim__quote">“{claim.quote}”</blockquote>
              <p className="cmp-claim__who">
                {claim.who}, {formatDate(claim.date)} · {claim.counts}. Reported by{" "}
                <a href={claim.reportedBy.url} rel="noopener noreferrer" target="_blank">
                  {claim.reportedBy.name}
                </a>
                {claim.primary && (
                  <>
                    ; primary source:{" "}
                    <a href={claim.primary.url} rel="noopener noreferrer" target="_blank">
                      {claim.primary.name}
                    </a>
                  </>
                )}
                .
              </p>
              <table className="cmp-claim__readings">
                <thead>
                  <tr>
                    <th scope="col">Reading and window</th>
                    <th scope="col">Data</th>
                    <th scope="col">Verdict</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map(({ reading, e }) => (
                    <tr key={reading.label} data-reading={reading.label}>
                      <td>
                        <span className="cmp-claim__label">{reading.label}</span>
                        <span className="cmp-muted"> · {windowText(e)}</span>
                      </td>
                      <td>
                        {e.verdict.kind === "notCheckable" ? (
                          "—"
                        ) : (
                          <a href={chartHref(reading.check, e, data)} className="cmp-figure">
                            {SOURCE_NAMES[e.source]}:{" "}
                            {formatNumber(e.verdict.value, undefined, e.op === "advance" ? 1 : 0)}
                            {e.op === "advance" ? " km² retaken" : ""}
                          </a>
                        )}
                      </td>
                      <td>
                        <Verdict e={e} />
                        <details className="cmp-arith">
                          <summary>
                            Arithmetic<span className="visually-hidden">: {reading.label}</span>
                          </summary>
                          <Arithmetic e={e} claim={claim} why={reading.why} />
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      </ChartFrame>
    </div>
  );
}

function windowText(e: Evaluation): string {
  if (e.op === "total") return `as of ${formatDate(e.window.to)}`;
  return `${formatDate(e.window.from)} → ${formatDate(e.window.to)}`;
}

function Verdict({ e }: { e: Evaluation }) {
  const v = e.verdict;
  // The marker is a span, not CSS content, so exported images keep it; the words carry the meaning.
  const mark = (m: string) => <span aria-hidden="true">{m} </span>;
  if (v.kind === "matches")
    return (
      <strong className="cmp-verdict cmp-verdict--match">
        {mark("✓")}
        {e.op === "advance" ? "Matches: Ukraine retook ground" : "Matches"}
      </strong>
    );
  if (v.kind === "notCheckable")
    return (
      <span className="cmp-verdict cmp-verdict--na">
        {mark("?")}
        <strong>Not checkable:</strong> {v.reason}
      </span>
    );
  if (e.op === "advance")
    return (
      <strong className="cmp-verdict cmp-verdict--differs">
        {mark("≠")}Differs: no ground retaken in the sector
      </strong>
    );
  return (
    <strong className="cmp-verdict cmp-verdict--differs">
      {mark("≠")}Differs by {formatSignedNumber(v.diff)}
      {v.pct !== null && ` (${formatSignedPercent(v.pct)})`}
    </strong>
  );
}

function formatSignedPercent(p: number): string {
  return new Intl.NumberFormat(undefined, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(p);
}

function Arithmetic({ e, claim, why }: { e: Evaluation; claim: Claim; why: string }) {
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
      `Inside the sector box, the days after ${formatDate(e.window.from)} to ${formatDate(e.window.to)}: retaken by Ukraine ${formatNumber(a.value, undefined, 1)} km², taken by Russia ${formatNumber(b.value, undefined, 1)} km² (net for Ukraine ${formatSignedNumber(a.value - b.value, undefined, 1)} km²).`,
    );
  if (v.kind !== "notCheckable" && e.claimed !== null) {
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
  if (e.op === "advance")
    lines.push("Verdict rule: “matches” if Ukraine retook at least 1 km² in the sector in that window.");
  if (v.kind === "notCheckable") lines.push(`Not checkable: ${v.reason}.`);
  return (
    <div className="cmp-arith__body">
      <p>
        <em>Window:</em> {why}
      </p>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}

/** The chart that shows a figure, with the global range set to the window (and a month before a total). */
function chartHref(check: ClaimCheck, e: Evaluation, data: LedgerData): string {
  const from: IsoDate = e.op === "total" ? addDays(e.window.to, -30) : e.window.from;
  const params = new URLSearchParams({ from, to: e.window.to });
  if (check.kind === "generalStaffTotal" || check.kind === "generalStaffChange") {
    params.set("cats", check.category);
    return `?${params.toString()}#losses`;
  }
  if (check.kind === "oryxTotal" || check.kind === "oryxChange") {
    if (check.country === "russia") {
      const pair = data.oryx?.mapping.find((m) => m.comparable && m.oryx.includes(check.type));
      if (pair) params.set("cmpPair", pair.generalStaff);
      return `?${params.toString()}#cmp-claimed`;
    }
    params.set("cmpType", check.type);
    return `?${params.toString()}#cmp-sides`;
  }
  return `?${params.toString()}#cmp-territory`;
}
