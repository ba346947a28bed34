// The claims ledger's verdicts: each reading of a curated statement is checked against the dataset
// for its own window. The statement's figure is the only input not from the data; the verdict and
// every figure beside it are computed here.
import type { ClaimCheck } from "../../data/schemas/claims";
import type { IsoDate } from "../../data/schemas/common";
import type { GeneralStaff } from "../../data/schemas/losses";
import type { OryxFile } from "../../data/schemas/oryx";
import type { TerritoryFile } from "../../data/schemas/territory";
import { formatDate } from "../../lib/format";
import { dayNumber, generalStaffAt, oryxAt } from "./lookup";

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

export function evaluateCheck(check: ClaimCheck, data: LedgerData): Evaluation {
  switch (check.kind) {
    case "generalStaffTotal": {
      const base = {
        source: "generalStaff" as const,
        window: { from: check.asOf, to: check.asOf },
        op: "total" as const,
        claimed: check.claimed,
      };
      if (!data.generalStaff)
        return { ...base, terms: [], verdict: notCheckable("the General Staff data did not load") };
      const v = generalStaffAt(data.generalStaff, check.category, check.asOf);
      if (!v.ok) return { ...base, terms: [], verdict: notCheckable(v.reason) };
      return {
        ...base,
        terms: [{ label: "General Staff total", date: check.asOf, value: v.value }],
        verdict: compare(v.value, check.claimed, check.comparator),
      };
    }
    case "generalStaffChange": {
      const base = {
        source: "generalStaff" as const,
        window: { from: check.baseline, to: check.to },
        op: "change" as const,
        claimed: check.claimed,
      };
      if (!data.generalStaff)
        return { ...base, terms: [], verdict: notCheckable("the General Staff data did not load") };
      const end = generalStaffAt(data.generalStaff, check.category, check.to);
      const start = generalStaffAt(data.generalStaff, check.category, check.baseline);
      if (!end.ok) return { ...base, terms: [], verdict: notCheckable(end.reason) };
      if (!start.ok) return { ...base, terms: [], verdict: notCheckable(start.reason) };
      return {
        ...base,
        terms: [
          { label: "General Staff total", date: check.to, value: end.value },
          { label: "General Staff total", date: check.baseline, value: start.value },
        ],
        verdict: compare(end.value - start.value, check.claimed, check.comparator),
      };
    }
    case "oryxTotal": {
      const base = { source: "oryx" as const, op: "total" as const, claimed: check.claimed };
      if (!data.oryx)
        return {
          ...base,
          window: { from: check.asOf, to: check.asOf },
          terms: [],
          verdict: notCheckable("the Oryx data did not load"),
        };
      const v = oryxAt(data.oryx, check.country, [check.type], check.asOf, ORYX_TOLERANCE_DAYS);
      if (!v.ok)
        return {
          ...base,
          window: { from: check.asOf, to: check.asOf },
          terms: [],
          verdict: notCheckable(v.reason),
        };
      return {
        ...base,
        window: { from: v.value.date, to: v.value.date },
        terms: [{ label: `Oryx total (${check.country})`, date: v.value.date, value: v.value.value }],
        verdict: compare(v.value.value, check.claimed, check.comparator),
      };
    }
    case "oryxChange": {
      const base = { source: "oryx" as const, op: "change" as const, claimed: check.claimed };
      const asked = { from: check.baseline, to: check.to };
      if (!data.oryx)
        return { ...base, window: asked, terms: [], verdict: notCheckable("the Oryx data did not load") };
      const end = oryxAt(data.oryx, check.country, [check.type], check.to, ORYX_TOLERANCE_DAYS);
      const start = oryxAt(data.oryx, check.country, [check.type], check.baseline, ORYX_TOLERANCE_DAYS);
      if (!end.ok) return { ...base, window: asked, terms: [], verdict: notCheckable(end.reason) };
      if (!start.ok) return { ...base, window: asked, terms: [], verdict: notCheckable(start.reason) };
      if (start.value.date === end.value.date)
        return {
          ...base,
          window: asked,
          terms: [],
          verdict: notCheckable(`both ends fall on the same Oryx snapshot (${formatDate(end.value.date)})`),
        };
      return {
        ...base,
        window: { from: start.value.date, to: end.value.date },
        terms: [
          { label: `Oryx total (${check.country})`, date: end.value.date, value: end.value.value },
          { label: `Oryx total (${check.country})`, date: start.value.date, value: start.value.value },
        ],
        verdict: compare(end.value.value - start.value.value, check.claimed, check.comparator),
      };
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
