import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../schemas/common";
import type { BasemapFile } from "../schemas/basemap";
import type { Claim, ClaimsFile } from "../schemas/claims";
import type { MapChunk, MapIndex } from "../schemas/map";
import { ORYX_COUNTRIES, ORYX_TYPES, type OryxFile, type OryxStatusSeries } from "../schemas/oryx";
import type { TerritoryFile, TerritorySeries } from "../schemas/territory";
import {
  iso,
  makeEventsFile,
  makeGeneralStaff,
  makeLossesFile,
  makeManifest,
  makeSource,
  makeWarEvent,
} from "../test-builders";
import {
  CHUNK_PATHS,
  CHUNK_SPAN,
  CHUNKS_IN_ORDER,
  checkBasemap,
  checkClaims,
  CLAIM_IDS,
  checkEvents,
  checkLosses,
  checkManifest,
  checkMapChunk,
  checkMapIndex,
  checkOryx,
  checkTerritory,
  EVENTS_IN_ORDER,
  FALLS_LISTED,
  FALLS_REAL,
  INSIDE_UKRAINE,
  RANGE_IN_ORDER,
  STATUSES_ADD_UP,
  UKRAINE_IN_BOX,
  UKRAINE_SLACK_DEG,
  ukraineBounds,
} from "./data-checks";
import { checkDatesInOrder, DATES_IN_ORDER, ONE_VALUE_PER_DATE } from "./series-checks";

describe("checkDatesInOrder", () => {
  it("passes increasing dates and names the first repeat or step back", () => {
    expect(checkDatesInOrder("dates", ["2023-01-01", "2023-01-02", "2023-01-05"])).toBeNull();
    expect(checkDatesInOrder("dates", ["2023-01-01", "2023-01-02", "2023-01-02"])).toEqual({
      check: DATES_IN_ORDER,
      at: "dates[2] repeats 2023-01-02",
    });
    expect(checkDatesInOrder("x.dates", ["2023-01-03", "2023-01-01", "2022-12-01"])).toEqual({
      check: DATES_IN_ORDER,
      at: "x.dates[1] (2023-01-01) comes after 2023-01-03 instead of before it",
    });
  });
});

describe("checkManifest", () => {
  it("wants bounds and each source's dates in order", () => {
    expect(checkManifest(makeManifest())).toBeNull();
    expect(
      checkManifest(makeManifest({ bounds: { from: iso("2023-02-01"), to: iso("2023-01-01") } })),
    ).toEqual({
      check: RANGE_IN_ORDER,
      at: "bounds runs from 2023-02-01 to 2023-01-01",
    });
    const late = makeSource({ id: "late", firstDate: iso("2023-05-01"), lastDate: iso("2023-04-30") });
    expect(checkManifest(makeManifest({ sources: [makeSource(), late] }))?.at).toBe(
      "sources[1] (late) runs from 2023-05-01 to 2023-04-30",
    );
  });
});

describe("checkLosses", () => {
  const fall = { date: iso("2023-01-03"), category: "tank" as const, from: 12, to: 11, correction: null };

  it("accepts a fall the file lists, and nulls in between", () => {
    const gs = makeGeneralStaff({ start: "2023-01-01", tank: [10, 12, 11, 15], apc: [null, 3, null, 1] });
    expect(checkLosses(makeLossesFile({ ...gs, negativeChanges: [fall] }))).toBeNull();
  });

  it("names the category, values and date of a fall the file does not list", () => {
    const gs = makeGeneralStaff({ start: "2023-01-01", tank: [10, 12, 11, 15] });
    expect(checkLosses(makeLossesFile(gs))).toEqual({
      check: FALLS_LISTED,
      at: "tank falls from 12 to 11 on 2023-01-03 (generalStaff.dates[2]), and negativeChanges does not list it",
    });
    // Listed on that day but with other values: still not the fall in the totals.
    const other = makeGeneralStaff({ start: "2023-01-01", tank: [10, 12, 9, 15], negativeChanges: [fall] });
    expect(checkLosses(makeLossesFile(other))?.check).toBe(FALLS_LISTED);
  });

  it("names a listed fall that the totals do not have", () => {
    const gs = makeGeneralStaff({ start: "2023-01-01", tank: [10, 12, 13, 15], negativeChanges: [fall] });
    expect(checkLosses(makeLossesFile(gs))).toEqual({
      check: FALLS_REAL,
      at: "negativeChanges lists tank falling from 12 to 11 on 2023-01-03, but the totals do not",
    });
  });

  it("checks the dates first", () => {
    const gs = makeGeneralStaff({ start: "2023-01-01", tank: [1, 2, 3] });
    gs.dates[2] = iso("2023-01-01");
    expect(checkLosses(makeLossesFile(gs))?.at).toBe(
      "generalStaff.dates[2] (2023-01-01) comes after 2023-01-02 instead of before it",
    );
  });
});

function makeOryxFile(dates: string[], tanks: Partial<OryxStatusSeries>): OryxFile {
  const nulls = () => dates.map(() => null);
  const empty = (): OryxStatusSeries => ({
    destroyed: nulls(),
    damaged: nulls(),
    abandoned: nulls(),
    captured: nulls(),
    total: nulls(),
  });
  const countries = Object.fromEntries(
    ORYX_COUNTRIES.map((c) => [c, Object.fromEntries(ORYX_TYPES.map((t) => [t, empty()]))]),
  ) as OryxFile["countries"];
  countries.russia.tanks = { ...empty(), ...tanks };
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    dates: dates.map(iso),
    typeLabels: Object.fromEntries(ORYX_TYPES.map((t) => [t, t])) as OryxFile["typeLabels"],
    countries,
    mapping: [],
  };
}

describe("checkOryx", () => {
  const ok = { destroyed: [5, 6], damaged: [1, 1], abandoned: [0, 1], captured: [2, 2], total: [8, 10] };

  it("accepts statuses that add up, with gaps between dates", () => {
    expect(checkOryx(makeOryxFile(["2023-01-01", "2023-01-04"], ok))).toBeNull();
  });

  it("names a status series of the wrong length", () => {
    expect(checkOryx(makeOryxFile(["2023-01-01", "2023-01-04"], { ...ok, captured: [2] }))).toEqual({
      check: ONE_VALUE_PER_DATE,
      at: "countries.russia.tanks.captured has 1 values for 2 dates",
    });
  });

  it("names the day whose statuses do not add up to the total", () => {
    expect(checkOryx(makeOryxFile(["2023-01-01", "2023-01-04"], { ...ok, total: [8, 11] }))).toEqual({
      check: STATUSES_ADD_UP,
      at: "countries.russia.tanks on 2023-01-04 (dates[1]): 6 + 1 + 1 + 2 ≠ 11",
    });
  });

  it("wants the snapshot days in order", () => {
    expect(checkOryx(makeOryxFile(["2023-01-04", "2023-01-01"], ok))?.check).toBe(DATES_IN_ORDER);
  });
});

function makeSeries(dates: string[], overrides: Partial<TerritorySeries> = {}): TerritorySeries {
  const zeros = dates.map(() => 0) as TerritorySeries["occupiedKm2"];
  const sector = { occupiedKm2: zeros, gainedKm2: zeros, lostKm2: zeros };
  return {
    sourceIds: [],
    dates: dates.map(iso),
    carried: dates.map(() => false),
    origins: [],
    occupiedKm2: zeros,
    occupiedSince2022Km2: zeros,
    gainedKm2: zeros,
    lostKm2: zeros,
    crimeaAddedKm2: null,
    sectors: { bakhmut: sector, zaporizhzhia: sector, donetsk: sector },
    discontinuities: [],
    overlap: null,
    notes: [],
    ...overrides,
  };
}

const territory = (deepstate: TerritorySeries, nzz: TerritorySeries): TerritoryFile => ({
  schemaVersion: SCHEMA_VERSION,
  sources: [],
  discontinuityThresholdKm2: 1000,
  sectors: [],
  deepstate,
  nzz,
});

describe("checkTerritory", () => {
  const days = ["2023-01-01", "2023-01-02", "2023-01-03"];

  it("accepts two well-formed series", () => {
    expect(checkTerritory(territory(makeSeries(days), makeSeries(days)))).toBeNull();
  });

  it("names the source and index of a day out of order", () => {
    const nzz = makeSeries(["2023-01-01", "2023-01-03", "2023-01-02"]);
    expect(checkTerritory(territory(makeSeries(days), nzz))).toEqual({
      check: DATES_IN_ORDER,
      at: "nzz.dates[2] (2023-01-02) comes after 2023-01-03 instead of before it",
    });
  });

  it("names a jump dated outside the series and misaligned overlap values", () => {
    const jump = makeSeries(days, { discontinuities: [{ date: iso("2023-02-01"), deltaKm2: 5, note: "" }] });
    expect(checkTerritory(territory(jump, makeSeries(days)))?.at).toBe(
      "deepstate.discontinuities lists 2023-02-01",
    );
    const overlap = {
      a: "deepstate-history",
      b: "deepstate-occupied",
      from: iso(days[0]!),
      to: iso(days[1]!),
      days: 2,
      meanRelDiff: 0,
      meanAbsRelDiff: 0,
      maxAbsRelDiff: 0,
      maxAbsRelDiffDate: iso(days[0]!),
      daysWithinTenthPercent: 2,
      dates: [iso(days[0]!), iso(days[1]!)],
      aKm2: [1, 2],
      bKm2: [1],
    } as NonNullable<TerritorySeries["overlap"]>;
    expect(checkTerritory(territory(makeSeries(days, { overlap }), makeSeries(days)))).toEqual({
      check: ONE_VALUE_PER_DATE,
      at: "deepstate.overlap.bKm2 has 1 values for 2 dates",
    });
  });
});

describe("checkEvents", () => {
  it("allows two events on one day but not one out of order", () => {
    const a = makeWarEvent({ date: iso("2023-01-01") });
    const b = makeWarEvent({ date: iso("2023-01-05") });
    expect(checkEvents(makeEventsFile([a, a, b]))).toBeNull();
    expect(checkEvents(makeEventsFile([b, a]))).toEqual({
      check: EVENTS_IN_ORDER,
      at: "events[1] (2023-01-01) comes after 2023-01-05",
    });
  });
});

describe("checkClaims", () => {
  const claim = (id: string, baseline: string, to: string): Claim => ({
    id,
    date: iso("2023-07-25"),
    who: "Someone",
    quote: "A made-up statement.",
    counts: "tanks",
    reportedBy: { name: "Test News", url: "https://example.org/news" },
    primary: null,
    verdictSource: "generalStaff",
    readings: [
      {
        label: "Since the start",
        why: "Made up.",
        check: {
          kind: "generalStaffChange",
          category: "tank",
          baseline: iso(baseline),
          to: iso(to),
          claimed: 5,
          comparator: "equals",
        },
      },
    ],
  });
  const file = (claims: Claim[]): ClaimsFile => ({ schemaVersion: SCHEMA_VERSION, sources: [], claims });

  it("wants windows that run forward and ids used once", () => {
    expect(checkClaims(file([claim("a", "2023-07-18", "2023-07-25")]))).toBeNull();
    expect(checkClaims(file([claim("a", "2023-07-25", "2023-07-18")]))).toEqual({
      check: RANGE_IN_ORDER,
      at: "claims[0] (a).readings[0] runs from 2023-07-25 to 2023-07-18",
    });
    const twice = file([claim("a", "2023-07-18", "2023-07-25"), claim("a", "2023-07-18", "2023-07-25")]);
    expect(checkClaims(twice)).toEqual({ check: CLAIM_IDS, at: "claims[1] repeats the id “a”" });
  });
});

describe("checkMapIndex", () => {
  const ref = (file: string, from: string, to: string, source: "deepstate" | "nzz" = "deepstate") => ({
    source,
    file,
    from: iso(from),
    to: iso(to),
    states: 1,
    bytes: 1,
    gzipBytes: 1,
  });
  const index = (chunks: MapIndex["chunks"]): MapIndex => ({
    schemaVersion: SCHEMA_VERSION,
    sectors: [],
    simplifyMetres: 50,
    chunks,
    notes: [],
  });

  it("accepts each source's chunks in order", () => {
    const chunks = [
      ref("map/a.json", "2023-01-01", "2023-03-31"),
      ref("map/n.json", "2023-01-01", "2023-03-31", "nzz"),
      ref("map/b.json", "2023-04-01", "2023-06-30"),
    ];
    expect(checkMapIndex(index(chunks))).toBeNull();
  });

  it("rejects overlapping chunks and a path out of map/", () => {
    const overlapping = [
      ref("map/a.json", "2023-01-01", "2023-03-31"),
      ref("map/b.json", "2023-03-31", "2023-06-30"),
    ];
    expect(checkMapIndex(index(overlapping))).toEqual({
      check: CHUNKS_IN_ORDER,
      at: "chunks[1] (map/b.json) starts on 2023-03-31, not after the previous one's last day (2023-03-31)",
    });
    expect(checkMapIndex(index([ref("map/../../secret.json", "2023-01-01", "2023-01-02")]))?.check).toBe(
      CHUNK_PATHS,
    );
  });
});

/** A made-up basemap whose Ukraine is the square 30–32° E, 46–48° N. */
const basemap = (bbox: BasemapFile["bbox"] = [28, 44, 34, 50]): BasemapFile => ({
  schemaVersion: SCHEMA_VERSION,
  sources: [],
  bbox,
  simplifyMetres: 200,
  ukraine: [
    [
      [
        [30, 46],
        [32, 46],
        [32, 48],
        [30, 48],
        [30, 46],
      ],
    ],
  ],
  land: [],
  countries: [],
});

describe("ukraineBounds and checkBasemap", () => {
  it("takes Ukraine's box from the outline, with the documented slack", () => {
    const s = UKRAINE_SLACK_DEG;
    expect(ukraineBounds(basemap())).toEqual([30 - s, 46 - s, 32 + s, 48 + s]);
    expect(checkBasemap(basemap())).toBeNull();
    expect(checkBasemap(basemap([31, 44, 34, 50]))?.check).toBe(UKRAINE_IN_BOX);
  });
});

describe("checkMapChunk", () => {
  /** One square arc from (31, 47), 0.5° a side, in quantized units of 0.001°. */
  const chunk = (start: [number, number] = [1000, 1000], dates = ["2023-01-01", "2023-01-02"]): MapChunk =>
    ({
      schemaVersion: SCHEMA_VERSION,
      source: "deepstate",
      origin: "deepstate-history",
      from: iso("2023-01-01"),
      to: iso("2023-01-02"),
      dates: dates.map(iso),
      state: dates.map(() => 0),
      topology: {
        type: "Topology",
        transform: { scale: [0.001, 0.001], translate: [30, 46] },
        arcs: [[start, [500, 0], [0, 500], [-500, 0], [0, -500]]],
        objects: { occupied: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]] }] } },
      },
    }) as MapChunk;
  const bounds = ukraineBounds(basemap());

  it("accepts shapes inside Ukraine", () => {
    expect(checkMapChunk(chunk(), bounds)).toBeNull();
  });

  it("names the first vertex outside, decoding the deltas", () => {
    // Starts at 31.8° E; the second vertex is 0.5° further east, past 32° + slack.
    expect(checkMapChunk(chunk([1800, 1000]), bounds)).toEqual({
      check: INSIDE_UKRAINE,
      at: "arcs[0][1] is at 32.300° E, 47.000° N, outside [29.98, 45.98, 32.02, 48.02]",
    });
  });

  it("wants every day of its span, in order", () => {
    expect(checkMapChunk(chunk(undefined, ["2023-01-01"]), bounds)?.check).toBe(CHUNK_SPAN);
    expect(checkMapChunk(chunk(undefined, ["2023-01-02", "2023-01-01"]), bounds)?.check).toBe(DATES_IN_ORDER);
  });
});

// The plausibility rules the pipeline's gate applies (plausibility.ts), at load: a file that
// passes its schema but holds a day that does not exist or has not happened, or a negative count.
describe("the load-time date and value rules", () => {
  const buildDay = "2024-01-01";

  it("refuses a manifest whose end date is 2099", () => {
    const manifest = makeManifest({ bounds: { from: iso("2022-02-24"), to: iso("2099-12-31") } });
    expect(checkManifest(manifest, buildDay)).toEqual({
      check: "dates are real calendar days, none after the build day",
      at: "bounds.to is 2099-12-31, after the build day 2024-01-01",
    });
    // Without a build day, the client's today: 2099 is after it too.
    expect(checkManifest(manifest)?.at).toMatch(
      /^bounds\.to is 2099-12-31, after the build day \d{4}-\d\d-\d\d$/,
    );
    const source = makeSource({ lastDate: iso("2099-01-01") });
    expect(checkManifest(makeManifest({ sources: [source] }), buildDay)?.at).toBe(
      "sources[0] (test-source).lastDate is 2099-01-01, after the build day 2024-01-01",
    );
  });

  it("refuses a negative first personnel total", () => {
    const gs = makeGeneralStaff({ start: "2023-01-01", personnel: [-5, 100, 110] });
    expect(checkLosses(makeLossesFile(gs), buildDay)).toEqual({
      check: "counts are whole numbers from 0 to 2^53 − 1",
      at: "generalStaff.cumulative.personnel[0] is -5 on 2023-01-01",
    });
  });

  it("refuses an Oryx date 2023-02-30", () => {
    const ok = { destroyed: [5, 6], damaged: [1, 1], abandoned: [0, 1], captured: [2, 2], total: [8, 10] };
    expect(checkOryx(makeOryxFile(["2023-02-28", "2023-02-30"], ok), buildDay)).toEqual({
      check: "dates are real calendar days, none after the build day",
      at: "dates[1] is 2023-02-30, not a calendar day",
    });
  });

  it("refuses a territory series that runs past the build day", () => {
    const file = territory(makeSeries(["2023-12-31"]), makeSeries(["2023-12-31", "2024-01-02"]));
    expect(checkTerritory(file, buildDay)?.at).toBe(
      "nzz.dates runs to 2024-01-02 (nzz.dates[1]), after the build day 2024-01-01",
    );
  });
});
