// The claims ledger's verdicts: each reading of a curated statement is checked against the dataset
// for its own window. The statement's figure is the only input not from the data; the verdict and
// every figure beside it are computed here.
//
// Two kinds of reading: one against the claim's own source (its `verdictSource`: the General Staff
// for its own totals, Oryx for its counts, the daily map for a claim about the ground) gives a
// verdict, "matches" or "differs by N"; one against any other source is context ("Oryx documents at
// least 16 in this window"): Oryx is a floor of what is confirmed, not a count to match, so it can
// never make a claim "differ". The ledger's headline counts verdicts only.
//
// Windows follow lib/windows.ts: "since 18 July" to 25 July is the window 19..25 July, whose change
// is value(25 Jul) − value(18 Jul); the ledger's links open exactly that range, so the page's KPI and
// titles show the ledger's figure.
import type { Claim, ClaimCheck, ClaimReading } from "../../../data/schemas/claims";
import type { IsoDate } from "../../../data/schemas/common";
import type { GeneralStaff } from "../../../data/schemas/losses";
import type { OryxFile } from "../../../data/schemas/oryx";
import type { TerritoryFile } from "../../../data/schemas/territory";
import type { PlaceHistoryFile } from "../../../data/schemas/place-history";
import { heldFrom, intervalsOf, placeIds } from "../../../lib/place-runs";
import { addDays } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { gainedLostBetween, roundKm2, windowSince } from "../../../lib/windows";
import {
  generalStaffAt,
  oryxAt,
  ORYX_TOLERANCE_DAYS,
  readWindowChange,
  type DayReading,
} from "../oryx/lookup";

export type EvidenceSource = "generalStaff" | "oryx" | "deepstate" | "nzz";

/** One line of the arithmetic: a figure read from the data, with its day. */
export interface Term {
  label: string;
  date: IsoDate;
  value: number;
}

export type Verdict =
  | { kind: "matches"; value: number }
  /** diff = data − claimed; pct = diff ÷ claimed (null when the claim is 0). */
  | { kind: "differs"; value: number; diff: number; pct: number | null }
  /** A reading against another source than the claim's own: its figure, beside the claim. */
  | { kind: "context"; value: number }
  | { kind: "notCheckable"; reason: string };

export interface Evaluation {
  source: EvidenceSource;
  /**
   * The days the figure covers, both included: a total's one day (from = to), or a change's window,
   * which starts the day after its baseline ("since 18 July" to 25 July: 19..25 July).
   */
  window: { from: IsoDate; to: IsoDate };
  /** The day a change is counted from (its report is subtracted); null for a total. */
  baseline: IsoDate | null;
  /**
   * "total": one reading; "change": to − baseline; "advance": area Russia lost in the window;
   * "held": the first day a source showed a place Russian-held, against the claimed day.
   */
  op: "total" | "change" | "advance" | "held";
  terms: Term[];
  claimed: number | null;
  verdict: Verdict;
}

export interface LedgerData {
  generalStaff?: GeneralStaff;
  oryx?: OryxFile;
  territory?: TerritoryFile;
  placeHistory?: PlaceHistoryFile;
}

/** Compares the data's value with the claimed figure. */
export function compare(value: number, claimed: number, comparator: "equals" | "atLeast"): Verdict {
  if (comparator === "atLeast" ? value >= claimed : value === claimed) return { kind: "matches", value };
  const diff = value - claimed;
  return { kind: "differs", value, diff, pct: claimed === 0 ? null : diff / claimed };
}

const notCheckable = (reason: string): Verdict => ({ kind: "notCheckable", reason });

/**
 * A total (one reading) or a change (end − baseline) read through `read`, compared with the claim.
 * `read` is null when the source's file did not load.
 */
function evaluateReadings(options: {
  source: EvidenceSource;
  op: "total" | "change";
  asked: { from: IsoDate; to: IsoDate };
  claimed: number;
  comparator: "equals" | "atLeast";
  label: string;
  read: ((day: IsoDate) => DayReading) | null;
  missing: string;
}): Evaluation {
  const { source, op, asked, claimed, comparator, label, read } = options;
  const unchecked = (reason: string): Evaluation => ({
    source,
    op,
    claimed,
    window: op === "total" ? asked : windowSince(asked.from, asked.to),
    baseline: op === "total" ? null : asked.from,
    terms: [],
    verdict: notCheckable(reason),
  });
  if (!read) return unchecked(options.missing);
  if (op === "total") {
    const end = read(asked.to);
    if (!end.ok) return unchecked(end.reason);
    return {
      source,
      op,
      claimed,
      window: { from: end.value.date, to: end.value.date },
      baseline: null,
      terms: [{ label, ...end.value }],
      verdict: compare(end.value.value, claimed, comparator),
    };
  }
  const r = readWindowChange(read, windowSince(asked.from, asked.to), label);
  if (!r.ok) return unchecked(r.reason);
  const { end, start, change } = r.value;
  return {
    source,
    op,
    claimed,
    // The snapshots actually read (an Oryx one may be earlier than the day asked for).
    window: windowSince(start.date, end.date),
    baseline: start.date,
    terms: [
      { label, ...end },
      { label, ...start },
    ],
    verdict: compare(change, claimed, comparator),
  };
}

/** The days a total (its one day) or a change (baseline to end) asks about. */
const askedWindow = (check: { asOf: IsoDate } | { baseline: IsoDate; to: IsoDate }) =>
  "asOf" in check ? { from: check.asOf, to: check.asOf } : { from: check.baseline, to: check.to };

export function evaluateCheck(check: ClaimCheck, data: LedgerData): Evaluation {
  switch (check.kind) {
    case "generalStaffTotal":
    case "generalStaffChange": {
      const gs = data.generalStaff;
      return evaluateReadings({
        source: "generalStaff",
        op: check.kind === "generalStaffTotal" ? "total" : "change",
        asked: askedWindow(check),
        claimed: check.claimed,
        comparator: check.comparator,
        label: "General Staff total",
        read: gs
          ? (day) => {
              const v = generalStaffAt(gs, check.category, day);
              return v.ok ? { ok: true, value: { date: day, value: v.value } } : v;
            }
          : null,
        missing: "the General Staff data did not load",
      });
    }
    case "oryxTotal":
    case "oryxChange": {
      const oryx = data.oryx;
      return evaluateReadings({
        source: "oryx",
        op: check.kind === "oryxTotal" ? "total" : "change",
        asked: askedWindow(check),
        claimed: check.claimed,
        comparator: check.comparator,
        label: `Oryx total (${check.country})`,
        read: oryx ? (day) => oryxAt(oryx, check.country, [check.type], day, ORYX_TOLERANCE_DAYS) : null,
        missing: "the Oryx data did not load",
      });
    }
    case "territoryAdvance":
      return evaluateAdvance(check, data.territory);
    case "placeHeld":
      return evaluatePlaceHeld(check, data.placeHistory);
  }
}

/**
 * "Took X on D": the held stretch covering D on the source's timeline, else the first one after it
 * (lib/place-runs.ts heldFrom). Matches when the source showed the place held by D; differs by the
 * days it showed it later. Terms: the first day shown held (value: days after D), the day before.
 */
function evaluatePlaceHeld(
  check: Extract<ClaimCheck, { kind: "placeHeld" }>,
  file: PlaceHistoryFile | undefined,
): Evaluation {
  const base = {
    source: sourceOf(check),
    window: { from: check.asOf, to: check.asOf },
    baseline: null,
    op: "held" as const,
    claimed: null,
  };
  const unchecked = (reason: string): Evaluation => ({ ...base, terms: [], verdict: notCheckable(reason) });
  if (!file) return unchecked("the place history is not loaded (yet)");
  const row = placeIds(file).indexOf(check.place);
  const k = file.tracks.findIndex((t) => t.id === check.source);
  const track = file.tracks[k];
  const runs = file.places.runs[k]?.[row];
  if (row < 0 || !track || !runs) return unchecked(`no place “${check.place}” in the place history`);
  if (check.asOf < track.from || check.asOf > track.to)
    return unchecked(
      `${formatDate(check.asOf)} is outside this source's maps (${formatDate(track.from)} – ${formatDate(track.to)})`,
    );
  const held = heldFrom(intervalsOf(runs, track), check.asOf);
  if (!held)
    return unchecked(
      `this source never shows it Russian-held from ${formatDate(check.asOf)} to ${formatDate(track.to)}`,
    );
  const terms: Term[] = [
    { label: "First day shown Russian-held", date: held.firstHeld, value: held.daysAfter },
  ];
  if (held.lastNotHeld)
    terms.push({ label: "Last day shown not Russian-held", date: held.lastNotHeld, value: 0 });
  const verdict: Verdict =
    held.daysAfter <= 0
      ? { kind: "matches", value: held.daysAfter }
      : { kind: "differs", value: held.daysAfter, diff: held.daysAfter, pct: null };
  return { ...base, terms, verdict };
}

function evaluateAdvance(
  check: Extract<ClaimCheck, { kind: "territoryAdvance" }>,
  territory: TerritoryFile | undefined,
): Evaluation {
  const window = windowSince(check.baseline, check.to);
  const base = {
    source: check.source,
    window,
    baseline: check.baseline,
    op: "advance" as const,
    claimed: null,
  };
  const unchecked = (reason: string): Evaluation => ({ ...base, terms: [], verdict: notCheckable(reason) });
  if (!territory) return unchecked("the territory data did not load");
  const series = territory[check.source];
  const first = series.dates[0];
  const last = series.dates.at(-1);
  if (!first || !last || window.from <= first || window.to > last)
    return unchecked(
      first && last
        ? `the window ${formatDate(window.from)} – ${formatDate(window.to)} is not inside this source's measured changes (${formatDate(addDays(first, 1))} – ${formatDate(last)})`
        : "this source's series is empty",
    );
  const sector = series.sectors[check.sector];
  if (!sector) return unchecked(`no ${check.sector} sector in this source`);
  const { gained, lost, missingDays } = gainedLostBetween(
    series.dates,
    sector.gainedKm2,
    sector.lostKm2,
    window,
  );
  if (missingDays.length > 0 || gained === null || lost === null)
    return unchecked(`no measured change on ${formatDate(missingDays[0] ?? window.from)}`);
  const terms = [
    { label: "Retaken by Ukraine (km²)", date: check.to, value: lost },
    { label: "Taken by Russia (km²)", date: check.to, value: gained },
  ];
  // Unrounded sums; the threshold is compared with the sum, shown rounded once.
  const verdict: Verdict =
    lost >= check.minKm2
      ? { kind: "matches", value: lost }
      : { kind: "differs", value: lost, diff: lost, pct: null };
  return { ...base, terms, verdict };
}

/** The claim's own source, whose readings give verdicts (curated: `verdictSource`). */
export function readingRole(claim: Claim, check: ClaimCheck): "verdict" | "context" {
  return claim.verdictSource !== null && sourceOf(check) === claim.verdictSource ? "verdict" : "context";
}

function sourceOf(check: ClaimCheck): EvidenceSource {
  if (check.kind === "territoryAdvance") return check.source;
  if (check.kind === "placeHeld") return check.source === "nzz" ? "nzz" : "deepstate";
  return check.kind === "oryxTotal" || check.kind === "oryxChange" ? "oryx" : "generalStaff";
}

export interface ReadingResult extends Evaluation {
  role: "verdict" | "context";
}

/**
 * One reading of a claim: a verdict against its own source, or the other source's figure as
 * context (never "differs"); not checkable either way when the data has no figure.
 */
export function evaluateReading(claim: Claim, reading: ClaimReading, data: LedgerData): ReadingResult {
  const e = evaluateCheck(reading.check, data);
  const role = readingRole(claim, reading.check);
  if (role === "verdict" || e.verdict.kind === "notCheckable") return { ...e, role };
  return { ...e, role, verdict: { kind: "context", value: e.verdict.value } };
}

/** The next day after `day` on which a source's map changed in the sector (NZZ updates cover several days). */
export function nextChangeAfter(
  territory: TerritoryFile,
  source: "deepstate" | "nzz",
  sector: Extract<ClaimCheck, { kind: "territoryAdvance" }>["sector"],
  day: IsoDate,
  withinDays: number,
): { date: IsoDate; gained: number; lost: number } | null {
  const series = territory[source];
  const s = series.sectors[sector];
  if (!s) return null;
  for (let k = 1; k <= withinDays; k++) {
    const d = addDays(day, k);
    const r = gainedLostBetween(series.dates, s.gainedKm2, s.lostKm2, { from: d, to: d });
    if (r.gained === null || r.lost === null) return null;
    if (roundKm2(r.gained) > 0 || roundKm2(r.lost) > 0) return { date: d, gained: r.gained, lost: r.lost };
  }
  return null;
}
