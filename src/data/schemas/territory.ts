// public/data/territory.json: Russian-held area of Ukraine per day, per source (DeepState, NZZ),
// measured by the pipeline from the sources' polygons (pipeline/steps/territory/territory.ts).
import { z } from "zod/mini";
import { SECTOR_IDS, TERRITORY_SOURCES } from "./keys";
import { methodChangeMeasureSchema } from "./method-changes";

export { SECTOR_IDS, TERRITORY_SOURCES };
import {
  booleanSeriesSchema,
  isoDateSchema,
  isoDateSeriesSchema,
  km2Schema,
  km2SeriesSchema,
  nullableKm2SeriesSchema,
  schemaVersionSchema,
  sourceSchema,
} from "./common";

export const sectorIdSchema = z.enum(SECTOR_IDS);
export type SectorId = z.infer<typeof sectorIdSchema>;

/** A front sector: a lon/lat box [west, south, east, north] in degrees, drawn by the map too. */
export const sectorBoxSchema = z.object({
  id: sectorIdSchema,
  name: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type SectorBox = z.infer<typeof sectorBoxSchema>;

// Day series are checked in one loop each (common.ts); null = not measurable that day (gains or
// losses on a series' first day; no pre-2022 layer).

export const sectorSeriesSchema = z.object({
  occupiedKm2: km2SeriesSchema,
  gainedKm2: nullableKm2SeriesSchema,
  lostKm2: nullableKm2SeriesSchema,
});

/** Which raw extract a run of days was measured from. */
export const territoryOriginSchema = z.enum(["deepstate-history", "deepstate-occupied", "nzz"]);
export type TerritoryOrigin = z.infer<typeof territoryOriginSchema>;

export const discontinuitySchema = z.object({
  date: isoDateSchema,
  /** Day-over-day change of occupiedKm2 (positive: more held by Russia). */
  deltaKm2: z.number(),
  note: z.string(),
});
export type Discontinuity = z.infer<typeof discontinuitySchema>;

/** How two extracts of the same source agree on days both cover: (a − b) / b. */
export const overlapAgreementSchema = z.object({
  a: territoryOriginSchema,
  b: territoryOriginSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  days: z.int().check(z.nonnegative()),
  meanRelDiff: z.number(),
  meanAbsRelDiff: z.number(),
  maxAbsRelDiff: z.number(),
  maxAbsRelDiffDate: isoDateSchema,
  /** Days on which the two agree within 0.1 %. */
  daysWithinTenthPercent: z.int().check(z.nonnegative()),
  /** Both measurements on every common day, so that the app can show the two side by side. */
  dates: isoDateSeriesSchema,
  aKm2: km2SeriesSchema,
  bKm2: km2SeriesSchema,
});
export type OverlapAgreement = z.infer<typeof overlapAgreementSchema>;

export const territorySeriesSchema = z.object({
  /** Ids into the file's `sources`. */
  sourceIds: z.array(z.string()),
  /** Every calendar day from the first snapshot to the last, no gaps. */
  dates: isoDateSeriesSchema,
  /** true = no snapshot that day: the last known state is carried forward. */
  carried: booleanSeriesSchema,
  origins: z.array(z.object({ origin: territoryOriginSchema, from: isoDateSchema, to: isoDateSchema })),
  /** All Russian-held territory of Ukraine, Crimea and pre-2022 areas included. */
  occupiedKm2: km2SeriesSchema,
  /** Taken since 24 Feb 2022 (total minus the source's pre-2022 layer); null where it has none. */
  occupiedSince2022Km2: nullableKm2SeriesSchema,
  /** Area Russia took / lost since the previous day (new∖old, old∖new); 0 on carried days. */
  gainedKm2: nullableKm2SeriesSchema,
  lostKm2: nullableKm2SeriesSchema,
  /** Area added because the source omits it (NZZ: Crimea, from DeepState's geometry); null if none. */
  crimeaAddedKm2: z.nullable(nullableKm2SeriesSchema),
  sectors: z.record(sectorIdSchema, sectorSeriesSchema),
  /** Day-over-day jumps of occupiedKm2 larger than `discontinuityThresholdKm2`. */
  discontinuities: z.array(discontinuitySchema),
  /** Agreement of two extracts on their common days (DeepState history vs occupied), or null. */
  overlap: z.nullable(overlapAgreementSchema),
  notes: z.array(z.string()),
  /**
   * Days a listed method change excludes (a broken file): each carries the last good day
   * (`carried` is true) and is not plotted as fighting. Absent: none.
   */
  excludedDays: z.optional(z.array(isoDateSchema)),
  /**
   * NZZ: per day, the first day of the window of changes the day's update draws (NZZ's
   * `_datefrom`; its update of day D covers the changes since this day); null on carried days.
   */
  windowFrom: z.optional(z.array(z.nullable(isoDateSchema))),
});
export type TerritorySeries = z.infer<typeof territorySeriesSchema>;

/**
 * Both sources with one definition (pipeline/steps/territory/like-for-like.ts): NZZ omits Crimea and,
 * from 2024-03-14, the areas held before 2022; its shape is measured against DeepState's
 * "occupied before 2022" layer (`reference`). Arrays align with each source's `dates`.
 */
export const likeForLikeSchema = z.object({
  reference: z.object({
    /** The DeepState history snapshot whose "occupied before 2022" layer is the reference. */
    snapshot: z.string(),
    pre2022Km2: km2Schema,
    /** Ukraine's area within its internationally recognised border (Crimea included). */
    ukraineKm2: km2Schema,
  }),
  deepstate: z.object({ since2022Km2: km2SeriesSchema, allOccupiedKm2: km2SeriesSchema }),
  nzz: z.object({
    /** NZZ's own shape as published (no Crimea added), clipped to Ukraine. */
    asPublishedKm2: km2SeriesSchema,
    /** The part of it inside the pre-2022 layer. */
    inPre2022Km2: km2SeriesSchema,
    since2022Km2: km2SeriesSchema,
    allOccupiedKm2: km2SeriesSchema,
  }),
  /** Each NZZ discontinuity and how much of it happened inside the pre-2022 layer. */
  nzzJumps: z.array(z.object({ date: isoDateSchema, deltaKm2: z.number(), inPre2022DeltaKm2: z.number() })),
});
export type LikeForLike = z.infer<typeof likeForLikeSchema>;

/**
 * A day where one source's change in a box is many times the other's around it (`rule`): likely
 * a redraw of the map rather than fighting ("possible redraw").
 */
export const redrawSchema = z.object({
  date: isoDateSchema,
  source: z.enum(TERRITORY_SOURCES),
  /** "all" (all Ukraine) or a sector id. */
  box: z.union([z.literal("all"), sectorIdSchema]),
  /** The source's gains plus losses that day, km². */
  km2: z.number(),
  /** The other source's gains plus losses over the days around it (rule.windowDays each side). */
  otherKm2: z.number(),
});
export type Redraw = z.infer<typeof redrawSchema>;

export const redrawRuleSchema = z.object({
  multiple: z.number().check(z.positive()),
  floorKm2: z.number().check(z.positive()),
  windowDays: z.int().check(z.nonnegative()),
});

export const territoryFileSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    sources: z.array(sourceSchema),
    discontinuityThresholdKm2: z.number().check(z.positive()),
    sectors: z.array(sectorBoxSchema),
    deepstate: territorySeriesSchema,
    nzz: territorySeriesSchema,
    /** Optional: files built before the like-for-like series was added lack it. */
    likeForLike: z.optional(likeForLikeSchema),
    /**
     * NZZ as published (Crimea added), where `nzz` is like for like (its shape plus the areas held
     * before 2022, as DeepState draws them). Optional: older files have only `nzz`, as published.
     */
    nzzAsPublished: z.optional(territorySeriesSchema),
    /** How much each listed method change moved the series (ids in method-changes.json). */
    methodChanges: z.optional(z.array(methodChangeMeasureSchema)),
    /** Days flagged as possible redraws, and the rule that flags them. */
    redraws: z.optional(z.array(redrawSchema)),
    redrawRule: z.optional(redrawRuleSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      for (const key of [...TERRITORY_SOURCES, "nzzAsPublished"] as const) {
        const s = file[key];
        if (!s) continue;
        const n = s.dates.length;
        const series: [string, unknown[] | null][] = [
          ["carried", s.carried],
          ["occupiedKm2", s.occupiedKm2],
          ["occupiedSince2022Km2", s.occupiedSince2022Km2],
          ["gainedKm2", s.gainedKm2],
          ["lostKm2", s.lostKm2],
          ["crimeaAddedKm2", s.crimeaAddedKm2],
          ["windowFrom", s.windowFrom ?? null],
          ...Object.entries(s.sectors).flatMap(([id, sec]): [string, unknown[]][] => [
            [`sectors.${id}.occupiedKm2`, sec.occupiedKm2],
            [`sectors.${id}.gainedKm2`, sec.gainedKm2],
            [`sectors.${id}.lostKm2`, sec.lostKm2],
          ]),
        ];
        for (const [name, values] of series)
          if (values && values.length !== n)
            ctx.addIssue({
              code: "custom",
              path: [key, name],
              message: `has ${values.length} values for ${n} dates`,
            });
      }
      const lfl = file.likeForLike;
      if (lfl)
        for (const [key, values, n] of [
          ["deepstate.since2022Km2", lfl.deepstate.since2022Km2, file.deepstate.dates.length],
          ["deepstate.allOccupiedKm2", lfl.deepstate.allOccupiedKm2, file.deepstate.dates.length],
          ["nzz.asPublishedKm2", lfl.nzz.asPublishedKm2, file.nzz.dates.length],
          ["nzz.inPre2022Km2", lfl.nzz.inPre2022Km2, file.nzz.dates.length],
          ["nzz.since2022Km2", lfl.nzz.since2022Km2, file.nzz.dates.length],
          ["nzz.allOccupiedKm2", lfl.nzz.allOccupiedKm2, file.nzz.dates.length],
        ] as const)
          if (values.length !== n)
            ctx.addIssue({
              code: "custom",
              path: ["likeForLike", ...key.split(".")],
              message: "misaligned with dates",
            });
    }),
  );
export type TerritoryFile = z.infer<typeof territoryFileSchema>;
