// The claims ledger's verdicts: each reading of a curated statement is checked against the dataset
// for its own window. The statement's figure is the only input not from the data; the verdict and
// every figure beside it are computed here.
import type { ClaimCheck } from "../../data/schemas/claims";
import type { IsoDate } from "../../data/schemas/common";
import type { GeneralStaff } from "../../data/schemas/losses";
import type { OryxFile } from "../../data/schemas/oryx";
import type { TerritoryFile } from "../../data/schemas/territory";
import { formatDate } from "../../lib/format";
import { dayNumber, generalStaffAt, oryxAt, type Lookup } from "./lookup";

/** An Oryx snapshot up to this many days before a window's edge stands in for it (the date used is shown). */
export const ORYX_TOLERANCE_DAYS = 3;

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
  | { kind: "notCheckable"; reason: string };

export interface Evaluation {
  source: EvidenceSource;
  /** The days the data was read for (asOf: from = to). */
  window: { from: IsoDate; to: IsoDate };
  /** "total": one reading; "change": to − baseline; "advance": area Russia lost in the window. */
  op: "total" | "change" | "advance";
  terms: Term[];
  claimed: number | null;
  verdict: Verdict;
}

export interface LedgerData {
  generalStaff?: GeneralStaff;
  oryx?: OryxFile;
  territory?: TerritoryFile;
}

/** Compares the data's value with the claimed figure. */
export function compare(value: number, claimed: number, comparator: "equals" | "atLeast"): Verdict {
  if (comparator === "atLeast" ? value >= claimed : value === claimed) return { kind: "matches", value };
  const diff = value - claimed;
  return { kind: "differs", value, diff, pct: claimed === 0 ? null : diff / claimed };
}

const notCheckable = (reason: string): Verdict => ({ kind: "notCheckable", reason });

/** A figure read from a source for a day: the day actually used (an Oryx snapshot may be earlier). */
type Reading = Lookup<{ date: IsoDate; value: number }>;

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
  read: ((day: IsoDate) => Reading) | null;
  missing: string;
}): Evaluation {
  const { source, op, asked, claimed, comparator, label, read } = options;
  const unchecked = (reason: string): Evaluation => ({
    source,
    op,
    claimed,
    window: asked,
    terms: [],
    verdict: notCheckable(reason),
  });
  if (!read) return unchecked(options.missing);
  const readings = (op === "total" ? [asked.to] : [asked.to, asked.from]).map(read);
  const values: { date: IsoDate; value: number }[] = [];
  for (const r of readings) {
    if (!r.ok) return unchecked(r.reason);
    values.push(r.value);
  }
  const [end, start] = values as [
    { date: IsoDate; value: number },
    { date: IsoDate; value: number } | undefined,
  ];
  if (start && start.date === end.date)
    return unchecked(`both ends fall on the same snapshot (${label}, ${formatDate(end.date)})`);
  return {
    source,
    op,
    claimed,
    window: { from: (start ?? end).date, to: end.date },
    terms: values.map(({ date, value }) => ({ label, date, value })),
    verdict: compare(end.value - (start?.value ?? 0), claimed, comparator),
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
  }
}

function evaluateAdvance(
  check: Extract<ClaimCheck, { kind: "territoryAdvance" }>,
  territory: TerritoryFile | undefined,
): Evaluation {
  const base = {
    source: check.source,
    window: { from: check.baseline, to: check.to },
    op: "advance" as const,
    claimed: null,
  };
  if (!territory) return { ...base, terms: [], verdict: notCheckable("the territory data did not load") };
  const series = territory[check.source];
  const first = series.dates[0];
  const last = series.dates.at(-1);
  // The day after the baseline is the first whose changes count; the baseline day itself must exist.
  if (!first || !last || check.baseline < first || check.to > last)
    return {
      ...base,
      terms: [],
      verdict: notCheckable(
        first && last
          ? `the window ${formatDate(check.baseline)} – ${formatDate(check.to)} is not inside this source's data (${formatDate(first)} – ${formatDate(last)})`
          : "this source's series is empty",
      ),
    };
  const sector = series.sectors[check.sector];
  if (!sector)
    return { ...base, terms: [], verdict: notCheckable(`no ${check.sector} sector in this source`) };
  const i0 = dayNumber(check.baseline) - dayNumber(first);
  const i1 = dayNumber(check.to) - dayNumber(first);
  let gained = 0;
  let lost = 0;
  for (let i = i0 + 1; i <= i1; i++) {
    const g = sector.gainedKm2[i];
    const l = sector.lostKm2[i];
    if (g == null || l == null)
      return {
        ...base,
        terms: [],
        verdict: notCheckable(`no measured change on ${formatDate(series.dates[i]!)}`),
      };
    gained += g;
    lost += l;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const terms = [
    { label: "Retaken by Ukraine (km²)", date: check.to, value: round(lost) },
    { label: "Taken by Russia (km²)", date: check.to, value: round(gained) },
  ];
  const verdict: Verdict =
    lost >= check.minKm2
      ? { kind: "matches", value: round(lost) }
      : { kind: "differs", value: round(lost), diff: round(lost), pct: null };
  return { ...base, terms, verdict };
}
