// One rule per question about a window of days, used by every panel that answers it (the losses
// KPI strip, chart titles and weekly view; the comparison's weekly territory bars; the map's legend
// and weekly bars; the claims ledger; their CSVs and embeds).
//
// A window is inclusive of both ends, as the page's range is (?from=A&to=B = the days A..B). Each
// day carries the change that happened on it (its value minus the day before's), so:
// - the change over A..B is value(B) − value(A − 1): day A's own change counts, nothing before it;
// - "since the 18 July report" is the window 19..25 July (windowSince), never 18..25;
// - a week is a Monday-to-Sunday week clipped to the window (weeksOf); the first starts on the
//   window's first day and holds only that day's change onwards, the last ends on its last day,
//   and a week cut short by either edge is flagged partial. The weeks' changes add up to the
//   window's change.
// Series here are gap-free (one value per calendar day from dates[0]); sums are of the unrounded
// daily values, rounded once where they are shown.
import type { IsoDate } from "../data/schemas/common";
import { addDays } from "./dates";
import { dayFromNumber, dayNumber } from "./series-index";

/** Days from..to, both included. */
export interface DayWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The window after a baseline day: "since 18 July" to 25 July is 19..25 July. */
export function windowSince(baseline: IsoDate, to: IsoDate): DayWindow {
  return { from: addDays(baseline, 1), to };
}

/** The day a window's change is counted from (the day before its first). */
export const baselineOf = (window: DayWindow): IsoDate => addDays(window.from, -1);

/** Position of `day` in a gap-free dates array (may be outside it). */
const indexIn = (dates: readonly IsoDate[], day: IsoDate): number =>
  dates[0] === undefined ? -1 : dayNumber(day) - dayNumber(dates[0]);

/** A level series' value on a day (held area, a cumulative total), or null outside it or unreported. */
export function heldOn(
  dates: readonly IsoDate[],
  values: readonly (number | null)[],
  day: IsoDate,
): number | null {
  const i = indexIn(dates, day);
  return i >= 0 && i < dates.length ? (values[i] ?? null) : null;
}

export interface WindowChange {
  /** value(to) − value(from − 1); null when either is unknown. */
  change: number | null;
  end: number | null;
  /** The value subtracted and its day (null day: before the series, counted as `beforeFirst`). */
  baseline: number | null;
  baselineDate: IsoDate | null;
}

/**
 * The change of a level series over the window: value(to) − value(from − 1). Before the series'
 * first day the baseline is `beforeFirst` (0 for the General Staff's totals, which count every loss
 * since the invasion; null, the default, where nothing is known before the first day).
 */
export function windowChange(
  dates: readonly IsoDate[],
  values: readonly (number | null)[],
  window: DayWindow,
  beforeFirst: number | null = null,
): WindowChange {
  const end = heldOn(dates, values, window.to);
  const day = baselineOf(window);
  const b = indexIn(dates, day);
  // b = −1: the window starts on the series' first day; further back, it reaches before the data.
  const before = b === -1 ? beforeFirst : b < -1 ? null : heldOn(dates, values, day);
  const baselineDate = b >= 0 && b < dates.length ? day : null;
  return {
    change: end !== null && before !== null ? end - before : null,
    end,
    baseline: before,
    baselineDate,
  };
}

export interface GainedLost {
  /** Sums of the daily gains and losses over the window (unrounded); null when no day had a value. */
  gained: number | null;
  lost: number | null;
  /** Days of the window with no measured change (outside the series, or null there). */
  missingDays: IsoDate[];
}

/**
 * Area taken (gained) and given up (lost) over the window: the sums of each day's change from the
 * day before (a village lost and retaken inside the window counts on both sides).
 */
export function gainedLostBetween(
  dates: readonly IsoDate[],
  gained: readonly (number | null)[],
  lost: readonly (number | null)[],
  window: DayWindow,
): GainedLost {
  let g = 0;
  let l = 0;
  let any = false;
  const missingDays: IsoDate[] = [];
  const i0 = indexIn(dates, window.from);
  const i1 = indexIn(dates, window.to);
  for (let i = i0; i <= i1; i++) {
    const gv = i >= 0 && i < dates.length ? gained[i] : null;
    const lv = i >= 0 && i < dates.length ? lost[i] : null;
    if (gv == null || lv == null) {
      missingDays.push(i >= 0 && i < dates.length ? dates[i]! : addDays(window.from, i - i0));
      continue;
    }
    g += gv;
    l += lv;
    any = true;
  }
  return { gained: any ? g : null, lost: any ? l : null, missingDays };
}

export interface Week extends DayWindow {
  /** The Monday of the calendar week (may be before `from` when the week is cut). */
  monday: IsoDate;
  /** Days of the week inside the window (1–7). */
  days: number;
  /** Cut short by the window's first or last day. */
  partial: boolean;
}

/** Monday-to-Sunday weeks clipped to the window, in order (day 0 of dayNumber, 1 Jan 1970, was a Thursday). */
export function weeksOf(window: DayWindow): Week[] {
  const first = dayNumber(window.from);
  const last = dayNumber(window.to);
  const weeks: Week[] = [];
  for (let start = first; start <= last;) {
    const monday = start - ((start + 3) % 7);
    const end = Math.min(monday + 6, last);
    const days = end - start + 1;
    weeks.push({
      from: dayFromNumber(start),
      to: dayFromNumber(end),
      monday: dayFromNumber(monday),
      days,
      partial: days < 7,
    });
    start = end + 1;
  }
  return weeks;
}

/** Tenths of a km², the precision the territory series are measured to: for display, once. */
export const roundKm2 = (x: number): number => Math.round(x * 10) / 10;

export interface WeekGainedLost extends Week, GainedLost {}

/** gainedLostBetween for each of weeksOf(window): the weekly bars of every panel. */
export function weeklyGainedLost(
  dates: readonly IsoDate[],
  gained: readonly (number | null)[],
  lost: readonly (number | null)[],
  window: DayWindow,
): WeekGainedLost[] {
  return weeksOf(window).map((week) => ({ ...week, ...gainedLostBetween(dates, gained, lost, week) }));
}
