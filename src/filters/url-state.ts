// How a feature keeps its state in the URL. Each feature describes the parameters it owns with a
// UrlStateSpec (pure parse and serialise); src/filters owns only the global range and composes
// the specs, so adding a feature's parameters never touches another feature's code.
import { RANGE_PARAMS, parseRange, serializeRange, type DateRange, type RangeContext } from "./range";

/** What a feature's parser may depend on besides its own parameters. */
export interface UrlContext extends RangeContext {
  /** The global range as parsed from the same link (e.g. to clamp a map's `day` into it). */
  range: DateRange;
}

export interface UrlStateSpec<T> {
  /** Query parameters this feature owns; they must not clash with any other feature's. */
  params: readonly string[];
  /** Never throws; pushes a plain-language notice for anything it ignored or adjusted. */
  parse(params: URLSearchParams, ctx: UrlContext, notices: string[]): T;
  /** Only values that differ from the default (a missing key means the default); parse ∘ serialize = id. */
  serialize(state: T, ctx: UrlContext): Record<string, string>;
  /**
   * The state to keep when the reader changes the global range to `ctx.range` (e.g. drop a day the
   * new range leaves out). Without it the state is kept and `parse` clamps it. Either way the URL is
   * rewritten at once, so the change never shows a notice meant for a link's own values.
   */
  followRange?(state: T, ctx: UrlContext): T;
}

export interface Parsed<T> {
  state: T;
  notices: string[];
}

/** The global range and the context every feature parser receives, from one query string. */
export function parseUrlContext(search: string, ctx: RangeContext): Parsed<UrlContext> {
  const notices: string[] = [];
  const range = parseRange(new URLSearchParams(search), ctx, notices);
  return { state: { ...ctx, range }, notices };
}

export function parseUrlState<T>(spec: UrlStateSpec<T>, search: string, ctx: UrlContext): Parsed<T> {
  const notices: string[] = [];
  const state = spec.parse(new URLSearchParams(search), ctx, notices);
  return { state, notices };
}

/** The range as a spec, so that it is written the same way as every feature's state. */
export const rangeSpec: UrlStateSpec<DateRange> = {
  params: RANGE_PARAMS,
  parse: (params, ctx, notices) => parseRange(params, ctx, notices),
  serialize: (range, ctx) => serializeRange(range, ctx),
};

/**
 * `search` with the parameters `spec` owns replaced by `state`'s (defaults left out), every other
 * parameter kept. The range leads, so links read "?from=…&to=…&…"; a feature's own parameters
 * follow the others. Commas stay readable (URLSearchParams would write them as %2C).
 */
export function mergeUrlState<T>(search: string, spec: UrlStateSpec<T>, state: T, ctx: UrlContext): string {
  const rest = new URLSearchParams(search);
  for (const key of spec.params) rest.delete(key);
  const own = new URLSearchParams(spec.serialize(state, ctx)).toString();
  const parts = spec === (rangeSpec as unknown) ? [own, rest.toString()] : [rest.toString(), own];
  return parts
    .filter((s) => s !== "")
    .join("&")
    .replaceAll("%2C", ",");
}
