// Property-based tests over random and hostile query strings for every URL parser: a shared link
// may be missing, repeated, empty, huge, out of range or malicious, and must still open the page.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import { GENERAL_STAFF_CATEGORIES } from "../data/schemas/losses";
import { canonicalCategories } from "../data/categories";
import { addDays, diffDays, isInRange, parseIsoDate } from "../lib/dates";
import { LOSSES_VIEWS, SCALES, lossesUrlState, type LossesState } from "../features/losses/losses-url-state";
import type { RangeContext } from "../filters/range";
import { ORYX_TYPES } from "../data/schemas/oryx";
import {
  ORYX_DEFINITIONS,
  RATIO_VIEWS,
  TERRITORY_DEFINITIONS,
  comparisonUrlState,
  type ComparisonState,
} from "../features/comparison/comparison-url-state";
import {
  MAP_DEFINITIONS,
  MAP_MODES,
  MAP_VIEWS,
  mapUrlState,
  type MapUrlState,
} from "../features/map/url-state";
import { MAP_SOURCES } from "../features/map/sources";
import { PLACE_ID, placeUrlState, type PlaceUrlState } from "../features/place/url-state";
import type { BBox } from "../lib/geometry";
import { URL_STATES } from "./url-states";
import {
  mergeUrlState,
  parseUrlContext,
  rangeSpec,
  type UrlContext,
  type UrlStateSpec,
} from "../filters/url-state";

/** Made-up bounds: presets end on the anchor, the data runs a little past it. */
const CTX: RangeContext = {
  bounds: { from: "2020-01-01" as IsoDate, to: "2021-06-30" as IsoDate },
  anchor: "2021-06-15" as IsoDate,
};
const SPAN = diffDays(CTX.bounds.to, CTX.bounds.from);
/** A notice names what was wrong and quotes ≤ 40 characters of it: never anywhere near a 10 kB value. */
const MAX_NOTICE_CHARS = 300;

interface Case<T> {
  name: string;
  spec: UrlStateSpec<T>;
  /** What a valid state is (the app can draw it). */
  valid(state: T, ctx: UrlContext): boolean;
  /** Arbitrary valid states, for the round trip. */
  states(ctx: UrlContext): fc.Arbitrary<T>;
}

const day = (offset: number) => addDays(CTX.bounds.from, offset);
const dayInBounds = fc.integer({ min: 0, max: SPAN }).map(day);
const isDay = (s: string) => parseIsoDate(s) === s;

const rangeCase: Case<UrlContext["range"]> = {
  name: "range (?from=&to=)",
  spec: rangeSpec,
  valid: (r, ctx) =>
    isDay(r.from) &&
    isDay(r.to) &&
    r.from <= r.to &&
    isInRange(r.from, ctx.bounds) &&
    isInRange(r.to, ctx.bounds),
  states: () =>
    fc.tuple(dayInBounds, dayInBounds).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
};

const lossesCase: Case<LossesState> = {
  name: "losses (?cats=&view=&scale=&events=)",
  spec: lossesUrlState,
  valid: (s) =>
    s.cats.every((c) => (GENERAL_STAFF_CATEGORIES as readonly string[]).includes(c)) &&
    s.cats.join() === canonicalCategories(s.cats).join() &&
    new Set(s.cats).size === s.cats.length &&
    LOSSES_VIEWS.includes(s.view) &&
    SCALES.includes(s.scale) &&
    typeof s.events === "boolean",
  states: () =>
    fc.record({
      cats: fc.subarray([...GENERAL_STAFF_CATEGORIES]).map((c) => canonicalCategories(c)),
      view: fc.constantFrom(...LOSSES_VIEWS),
      scale: fc.constantFrom(...SCALES),
      events: fc.boolean(),
    }),
};

const comparisonCase: Case<ComparisonState> = {
  name: "comparison (?cmpPair=&cmpRatio=&cmpType=&terrDef=&cmpOryx=)",
  spec: comparisonUrlState,
  valid: (s) =>
    (GENERAL_STAFF_CATEGORIES as readonly string[]).includes(s.pair) &&
    RATIO_VIEWS.includes(s.ratio) &&
    (ORYX_TYPES as readonly string[]).includes(s.type) &&
    TERRITORY_DEFINITIONS.includes(s.terr) &&
    ORYX_DEFINITIONS.includes(s.oryx),
  states: () =>
    fc.record({
      pair: fc.constantFrom(...GENERAL_STAFF_CATEGORIES),
      ratio: fc.constantFrom(...RATIO_VIEWS),
      type: fc.constantFrom(...ORYX_TYPES),
      terr: fc.constantFrom(...TERRITORY_DEFINITIONS),
      oryx: fc.constantFrom(...ORYX_DEFINITIONS),
    }),
};

const mapCase: Case<MapUrlState> = {
  name: "map (?map=&day=&src=&mode=&def=&box=)",
  spec: mapUrlState,
  valid: (s, ctx) =>
    MAP_VIEWS.includes(s.map) &&
    // null stands for the range's last day, which is never written out.
    (s.day === null || (isDay(s.day) && isInRange(s.day, ctx.range) && s.day !== ctx.range.to)) &&
    MAP_SOURCES.includes(s.src) &&
    MAP_MODES.includes(s.mode) &&
    MAP_DEFINITIONS.includes(s.def) &&
    (s.box === null ||
      (s.box.every((v) => Number.isFinite(v) && Math.round(v * 1e4) / 1e4 === v) &&
        s.box[0] < s.box[2] &&
        s.box[1] < s.box[3])),
  states: (ctx) =>
    fc.record({
      map: fc.constantFrom(...MAP_VIEWS),
      day: fc.option(
        fc
          .integer({ min: 0, max: diffDays(ctx.range.to, ctx.range.from) - 1 })
          .map((i) => addDays(ctx.range.from, i)),
      ),
      src: fc.constantFrom(...MAP_SOURCES),
      mode: fc.constantFrom(...MAP_MODES),
      def: fc.constantFrom(...MAP_DEFINITIONS),
      box: fc.option(
        fc
          .tuple(
            fc.integer({ min: 220_000, max: 400_000 }),
            fc.integer({ min: 440_000, max: 520_000 }),
            fc.integer({ min: 1, max: 30_000 }),
            fc.integer({ min: 1, max: 20_000 }),
          )
          .map(([w, s, dw, dh]) => [w / 1e4, s / 1e4, (w + dw) / 1e4, (s + dh) / 1e4] as BBox),
      ),
    }),
};

const placeCase: Case<PlaceUrlState> = {
  name: "place (?place=)",
  spec: placeUrlState,
  valid: (s) => s.place === null || (PLACE_ID.test(s.place) && s.place.length <= 80),
  states: () =>
    fc.record({
      place: fc.option(
        fc
          .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
          .map((parts) => parts.join("-")),
      ),
    }),
};

// Every spec registered in url-states.ts has a case here (checked below).
const CASES = [rangeCase, lossesCase, comparisonCase, mapCase, placeCase] as Case<unknown>[];

const OWNED = [...new Set(CASES.flatMap((c) => c.spec.params))];
const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "../../",
  "../../../etc/passwd",
  "javascript:alert(1)",
  "2099-01-01",
  "1900-01-01",
  "2021-02-30",
  "",
  ",,,",
  "tank,<script>,tank",
  "%00",
  "\u202e\u0000",
  "x".repeat(10_000),
  `${"tank,".repeat(2_000)}tank`, // usable: one category, named 2,001 times
];
const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: -400, max: SPAN + 400 }).map(day),
  fc.constantFrom(...LOSSES_VIEWS, ...SCALES, "0", "1", "true", "off", ...GENERAL_STAFF_CATEGORIES),
  fc.constantFrom(...MAP_VIEWS, ...MAP_SOURCES, ...MAP_MODES, "ALL", "Bakhmut", "bakhmut-donetsk", "-a-"),
  fc.subarray([...GENERAL_STAFF_CATEGORIES, "nope", "<b>"]).map((c) => c.join(",")),
  fc.array(fc.double({ noNaN: false }), { maxLength: 5 }).map((v) => v.join(",")),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OWNED) }, fc.string({ maxLength: 8 }));
/** Query strings built from owned and stray keys (repeats allowed), or plain random text. */
const search = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => new URLSearchParams(pairs).toString()),
  },
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

function parseAll(query: string) {
  const context = parseUrlContext(query, CTX);
  return CASES.map((c) => {
    const notices: string[] = [];
    const state = c.spec.parse(new URLSearchParams(query), context.state, notices);
    return { state, notices: [...context.notices, ...notices], ctx: context.state };
  });
}

describe("every URL parser, over random and hostile query strings", () => {
  it("covers every feature's spec the page registers", () => {
    expect(new Set(URL_STATES)).toEqual(new Set(CASES.slice(1).map((c) => c.spec)));
  });

  it("never throws, always yields a valid state, and keeps notices short", () => {
    fc.assert(
      fc.property(search, (query) => {
        parseAll(query).forEach(({ state, notices, ctx }, i) => {
          expect(CASES[i]!.valid(state, ctx)).toBe(true);
          for (const notice of notices) expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("says something for every hostile value it cannot use, and quotes at most an excerpt", () => {
    for (const key of OWNED)
      for (const bad of HOSTILE.filter((h) => h.includes("<") || h.startsWith("xxx"))) {
        const results = parseAll(new URLSearchParams([[key, bad]]).toString());
        const notices = results.flatMap((r) => r.notices);
        expect(notices.length, `${key}=${bad.slice(0, 20)}`).toBeGreaterThan(0);
        for (const notice of notices) if (bad.length > 41) expect(notice).not.toContain(bad.slice(0, 41));
      }
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: parse(serialize(state)) = state, with no notice",
    (_n, c) => {
      const ctx: UrlContext = { ...CTX, range: { from: day(10), to: day(200) } };
      fc.assert(
        fc.property(
          c.states(ctx),
          fc.array(fc.tuple(fc.constantFrom("utm", "ref"), fc.string({ maxLength: 10 }))),
          (state, stray) => {
            // Written the way the app writes it: merged into a link that has other parameters.
            const query = mergeUrlState(new URLSearchParams(stray).toString(), c.spec, state, ctx);
            const notices: string[] = [];
            expect(c.spec.parse(new URLSearchParams(query), ctx, notices)).toEqual(state);
            expect(notices).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
