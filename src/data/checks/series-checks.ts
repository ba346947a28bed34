// Building blocks of the semantic checks (data-checks.ts): each walks an array once and returns the
// first offence in plain words, or null. They run on every load, so they stay O(n) and allocate
// nothing per element.

/** A file that parses but does not make sense: which check failed and the first place it fails. */
export interface CheckFailure {
  /** The rule, in plain words, e.g. "dates in order, each day once". */
  check: string;
  /** The first offence: field, index and value, e.g. "deepstate.dates[3] (2023-01-02) comes after 2023-01-05". */
  at: string;
}

export const DATES_IN_ORDER = "dates in order, each day once";
export const ONE_VALUE_PER_DATE = "one value per date";

/** The first index whose date is not after the one before it, or -1. ISO dates sort as strings. */
export function firstNotIncreasing(dates: readonly string[]): number {
  for (let i = 1; i < dates.length; i++) if (!(dates[i]! > dates[i - 1]!)) return i;
  return -1;
}

/** `dates` strictly increasing (no repeat, none out of order). */
export function checkDatesInOrder(field: string, dates: readonly string[]): CheckFailure | null {
  const i = firstNotIncreasing(dates);
  if (i < 0) return null;
  const [day, before] = [dates[i]!, dates[i - 1]!];
  return {
    check: DATES_IN_ORDER,
    at:
      day === before
        ? `${field}[${i}] repeats ${day}`
        : `${field}[${i}] (${day}) comes after ${before} instead of before it`,
  };
}

/** `values` has exactly one entry per date. */
export function checkAligned(field: string, values: readonly unknown[], dates: number): CheckFailure | null {
  if (values.length === dates) return null;
  return { check: ONE_VALUE_PER_DATE, at: `${field} has ${values.length} values for ${dates} dates` };
}

/** The first failure of a list of checks, evaluated lazily in order. */
export function firstFailure(...checks: (() => CheckFailure | null)[]): CheckFailure | null {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return null;
}
