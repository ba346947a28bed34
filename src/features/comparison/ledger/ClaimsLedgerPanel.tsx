// Panel 4: the claims ledger. Each curated statement (claims.json) is checked, reading by reading,
// against the data for its own window; verdicts and figures are computed here, never typed.
import { useMemo, type MouseEvent } from "react";
import { ChartFrame, type FrameSource } from "../../../components/ChartFrame";
import type { Claim, ClaimCheck, ClaimsFile } from "../../../data/schemas/claims";
import type { IsoDate } from "../../../data/schemas/common";
import type { TerritoryFile } from "../../../data/schemas/territory";
import { currentHref } from "../../../filters/use-url-state";
import { addDays } from "../../../lib/dates";
import {
  formatDate,
  formatDateRange,
  formatKm2,
  formatNumber,
  formatSignedNumber,
  formatSignedPercent,
} from "../../../lib/format";
import {
  evaluateReading,
  nextChangeAfter,
  type Evaluation,
  type LedgerData,
  type ReadingResult,
} from "./derive-claim-verdicts";
import {
  deriveArithmeticLines,
  deriveLedgerExport,
  SOURCE_NAMES,
  type LedgerEntry,
} from "./derive-ledger-export";

interface Props {
  claims: ClaimsFile;
  data: LedgerData;
  /** The data sources the verdicts are computed from, for the frame's footer and the CSV. */
  sources: readonly FrameSource[];
}

/** The id of a reading's row: the anchor Back returns to from the reading's link. */
export const readingRowId = (claimId: string, index: number) => `ledger-${claimId}-${index + 1}`;

/** An NZZ change this many days after a window's end is named beside it (NZZ updates span days). */
const NZZ_NEXT_UPDATE_DAYS = 7;

/**
 * Before a reading's link leaves the page, the current history entry is pointed at the reading's
 * row, so that Back lands on that row (the page opens with it as its anchor) rather than at the top.
 */
function rememberRow(rowId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const here = new URL(currentHref());
    here.hash = rowId;
    window.history.replaceState(window.history.state, "", here.href);
  };
}

export function ClaimsLedgerPanel({ claims, data, sources }: Props) {
  const evaluated: LedgerEntry[] = useMemo(
    () =>
      claims.claims.map((c) => ({
        claim: c,
        results: c.readings.map((r) => ({ reading: r, e: evaluateReading(c, r, data) })),
      })),
    [claims, data],
  );
  const exportData = useMemo(() => deriveLedgerExport(evaluated), [evaluated]);
  const all = evaluated.flatMap((x) => x.results.map((r) => r.e));
  const count = (k: Evaluation["verdict"]["kind"]) => all.filter((e) => e.verdict.kind === k).length;
  const days = claims.claims.map((c) => c.date).sort();
  const dates = days[0] && days.at(-1) ? { from: days[0], to: days.at(-1)! } : null;
  return (
    <div className="cmp-panel" id="cmp-ledger">
      <h3 className="cmp-panel__title">Claims ledger: public statements checked against the data</h3>
      <ChartFrame
        id="claims-ledger"
        className="cmp-ledger-frame"
        title={`${claims.claims.length} statements, ${all.length} readings: ${count("matches")} match the statement’s own source, ${count("differs")} differ; ${count("context")} give another source’s figure as context; ${count("notCheckable")} not checkable`}
        subtitle={
          dates ? `Statements made ${formatDateRange(dates)}; each checked for its own window` : undefined
        }
        note="Each statement is quoted as reported; the figures and verdicts beside it are computed from this dashboard’s data for the window shown (both days included). A reading against the statement’s own source is a verdict: “matches” means the same number, “differs” gives by how much. A reading against another source is context: Oryx counts only what is confirmed by photo or video, a floor, so it never makes a claim “differ”. “Not checkable” says why."
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
                  {results.map(({ reading, e }, i) => (
                    <tr
                      key={reading.label}
                      id={readingRowId(claim.id, i)}
                      data-reading={reading.label}
                      data-role={e.role}
                    >
                      <td>
                        <span className="cmp-claim__label">{reading.label}</span>
                        <span className="cmp-muted" data-window="">
                          {" "}
                          · {windowText(e)}
                        </span>
                        {reading.check.kind === "territoryAdvance" && data.territory && (
                          <BoxText check={reading.check} why={reading.why} territory={data.territory} />
                        )}
                      </td>
                      <td>
                        {e.verdict.kind === "notCheckable" ? (
                          "—"
                        ) : (
                          <a
                            href={chartHref(reading.check, e, data)}
                            className="cmp-figure"
                            onClick={rememberRow(readingRowId(claim.id, i))}
                          >
                            {SOURCE_NAMES[e.source]}: {figureText(e, e.verdict.value)}
                          </a>
                        )}
                      </td>
                      <td>
                        <Verdict e={e} claim={claim} />
                        {reading.check.kind === "territoryAdvance" &&
                          reading.check.source === "nzz" &&
                          data.territory && (
                            <NzzNextUpdate check={reading.check} territory={data.territory} />
                          )}
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

/** "4,174" or "10.4 km² retaken": the reading's figure, rounded once for display. */
function figureText(e: Evaluation, value: number): string {
  if (e.op === "held") return `Russian-held from ${formatDate(e.terms[0]!.date)}`;
  return e.op === "advance" ? `${formatKm2(value)} retaken` : formatNumber(value);
}

/** "2 days later" / "the same day" / "5 days earlier": a first-held day against the claimed one. */
function daysText(days: number): string {
  if (days === 0) return "the same day";
  const n = Math.abs(days);
  return `${formatNumber(n)} day${n === 1 ? "" : "s"} ${days > 0 ? "later" : "earlier"}`;
}

/** The sector box a territory reading is measured in, and why that box. */
function BoxText({
  check,
  why,
  territory,
}: {
  check: Extract<ClaimCheck, { kind: "territoryAdvance" }>;
  why: string;
  territory: TerritoryFile;
}) {
  const box = territory.sectors.find((s) => s.id === check.sector);
  if (!box) return null;
  const [w, south, e, n] = box.bbox;
  const deg = (v: number) => formatNumber(v, undefined, 2);
  return (
    <span className="cmp-claim__box" data-box={check.sector}>
      Box: {box.name}, {deg(w)}–{deg(e)}° E, {deg(south)}–{deg(n)}° N. Why this box and window: {why}
    </span>
  );
}

/** NZZ's next change in the box after the window, when it comes within a week. */
function NzzNextUpdate({
  check,
  territory,
}: {
  check: Extract<ClaimCheck, { kind: "territoryAdvance" }>;
  territory: TerritoryFile;
}) {
  const next = nextChangeAfter(territory, "nzz", check.sector, check.to, NZZ_NEXT_UPDATE_DAYS);
  if (!next) return null;
  return (
    <p className="cmp-claim__next">
      NZZ’s next change in the box is in its file of {formatDate(next.date)} (usually its map of the day
      before, covering the days since its previous update): {formatKm2(next.lost)} retaken by Ukraine,{" "}
      {formatKm2(next.gained)} taken by Russia.
    </p>
  );
}

/** "as of 25 Jul 2023", or "19–25 Jul 2023, i.e. since the 18 Jul 2023 report". */
function windowText(e: Evaluation): string {
  if (e.op === "total" || e.baseline === null) return `as of ${formatDate(e.window.to)}`;
  const since = e.op === "advance" ? "map" : e.source === "oryx" ? "snapshot" : "report";
  return `${formatDateRange(e.window)}, i.e. since the ${formatDate(e.baseline)} ${since}`;
}

/** What another source's figure says beside a claim: "Oryx documents at least 16 in this window". */
function contextText(e: Evaluation, value: number): string {
  if (e.op === "held")
    return `${SOURCE_NAMES[e.source]} showed it Russian-held from ${formatDate(e.terms[0]!.date)}, ${daysText(value)}`;
  const when = e.op === "total" ? `by ${formatDate(e.window.to)}` : "in this window";
  if (e.source === "oryx") return `Oryx documents at least ${formatNumber(value)} ${when}`;
  if (e.source === "generalStaff") return `The General Staff claims ${formatNumber(value)} ${when}`;
  return `${SOURCE_NAMES[e.source]} shows ${formatKm2(value)} retaken by Ukraine ${when}`;
}

function Verdict({ e, claim }: { e: ReadingResult; claim: Claim }) {
  const v = e.verdict;
  // The marker is a span, not CSS content, so exported images keep it; the words carry the meaning.
  const mark = (m: string) => <span aria-hidden="true">{m} </span>;
  if (v.kind === "context")
    return (
      <span className="cmp-verdict cmp-verdict--context">
        {mark("→")}
        <strong>Context:</strong> {contextText(e, v.value)}
        {claim.verdictSource === null ? " (no source here is the statement’s own)" : ""}.
      </span>
    );
  if (v.kind === "matches")
    return (
      <strong className="cmp-verdict cmp-verdict--match">
        {mark("✓")}
        {e.op === "advance"
          ? "Matches: Ukraine retook ground"
          : e.op === "held"
            ? `Matches: shown Russian-held ${v.value === 0 ? "from that day" : `by then (${daysText(v.value)})`}`
            : "Matches"}
      </strong>
    );
  if (v.kind === "notCheckable")
    return (
      <span className="cmp-verdict cmp-verdict--na">
        {mark("?")}
        <strong>Not checkable:</strong> {v.reason}
      </span>
    );
  if (e.op === "held")
    return (
      <strong className="cmp-verdict cmp-verdict--differs">
        {mark("≠")}Differs: first shown Russian-held {daysText(v.diff)}
      </strong>
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

function Arithmetic({ e, claim, why }: { e: ReadingResult; claim: Claim; why: string }) {
  const lines = deriveArithmeticLines(e, claim);
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

/**
 * The view that shows a figure, with the global range set to the reading's window, so that its KPI
 * or title shows the ledger's figure (a month up to the day for a total).
 */
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
  // The place's timeline beside the map, the slider on the first day shown held.
  if (check.kind === "placeHeld") {
    const first = e.terms[0]?.date ?? e.window.to;
    const around = { from: addDays(first, -30), to: addDays(first, 30), place: check.place, day: first };
    return `?${new URLSearchParams(around).toString()}#place-timeline`;
  }
  // The map's sector charts: their weekly bars' title sums the same days in the same box.
  params.set("map", check.sector);
  if (check.source !== "deepstate") params.set("src", check.source);
  return `?${params.toString()}#map`;
}
