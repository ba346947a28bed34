// Small made-up Oryx and territory files for this feature's unit tests (never real figures).
import { iso } from "../../data/test-builders";
import {
  ORYX_COUNTRIES,
  ORYX_TYPES,
  type OryxFile,
  type OryxStatusSeries,
  type OryxType,
} from "../../data/schemas/oryx";
import type { TerritoryFile, TerritorySeries } from "../../data/schemas/territory";
import { SCHEMA_VERSION, type IsoDate, type Km2 } from "../../data/schemas/common";
import { addDays } from "../../lib/dates";

type Counts = Partial<Record<OryxType, (number | null)[] | Partial<OryxStatusSeries>>>;

/**
 * makeOryx({ dates: ["2023-01-01", "2023-01-03"], russia: { tanks: [10, 12] } }): `total` per type
 * (statuses all in `destroyed`), or a full status object. Types not given are all null.
 */
export function makeOryx(options: {
  dates: string[];
  russia?: Counts;
  ukraine?: Counts;
  mapping?: OryxFile["mapping"];
}): OryxFile {
  const n = options.dates.length;
  const nulls = () => Array.from({ length: n }, () => null);
  const series = (given: Counts | undefined, type: OryxType): OryxStatusSeries => {
    const v = given?.[type];
    if (!v)
      return { destroyed: nulls(), damaged: nulls(), abandoned: nulls(), captured: nulls(), total: nulls() };
    if (Array.isArray(v))
      return {
        destroyed: [...v],
        damaged: v.map((x) => (x == null ? null : 0)),
        abandoned: v.map((x) => (x == null ? null : 0)),
        captured: v.map((x) => (x == null ? null : 0)),
        total: [...v],
      };
    return {
      destroyed: nulls(),
      damaged: nulls(),
      abandoned: nulls(),
      captured: nulls(),
      total: nulls(),
      ...v,
    };
  };
  const countries = Object.fromEntries(
    ORYX_COUNTRIES.map((c) => [c, Object.fromEntries(ORYX_TYPES.map((t) => [t, series(options[c], t)]))]),
  ) as OryxFile["countries"];
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    dates: options.dates.map(iso),
    typeLabels: Object.fromEntries(ORYX_TYPES.map((t) => [t, t])) as OryxFile["typeLabels"],
    countries,
    mapping: options.mapping ?? [
      { generalStaff: "tank", oryx: ["tanks"], comparable: true, note: "Tanks." },
      { generalStaff: "drone", oryx: ["uavs"], comparable: false, note: "Different things." },
    ],
  };
}

const km2 = (xs: number[]) => xs as Km2[];

/** A daily territory series from `start`; sector boxes get the given gains/losses (others zero). */
export function makeTerritorySeries(options: {
  start: string;
  occupied: number[];
  since2022?: (number | null)[];
  gained?: (number | null)[];
  lost?: (number | null)[];
  sectorGained?: (number | null)[];
  sectorLost?: (number | null)[];
  discontinuities?: TerritorySeries["discontinuities"];
}): TerritorySeries {
  const n = options.occupied.length;
  const dates = Array.from({ length: n }, (_, i) => addDays(iso(options.start), i));
  const zeros = (first: number | null = null) =>
    Array.from({ length: n }, (_, i) => (i === 0 ? first : 0)) as (Km2 | null)[];
  const sector = {
    occupiedKm2: km2(options.occupied.map(() => 0)),
    gainedKm2: (options.sectorGained ?? zeros()) as (Km2 | null)[],
    lostKm2: (options.sectorLost ?? zeros()) as (Km2 | null)[],
  };
  return {
    sourceIds: [],
    dates,
    carried: dates.map(() => false),
    origins: [],
    occupiedKm2: km2(options.occupied),
    occupiedSince2022Km2: (options.since2022 ?? options.occupied.map(() => null)) as (Km2 | null)[],
    gainedKm2: (options.gained ?? zeros()) as (Km2 | null)[],
    lostKm2: (options.lost ?? zeros()) as (Km2 | null)[],
    crimeaAddedKm2: null,
    sectors: { bakhmut: sector, zaporizhzhia: sector, donetsk: sector },
    discontinuities: options.discontinuities ?? [],
    overlap: null,
    notes: [],
  };
}

export function makeTerritory(
  deepstate: TerritorySeries,
  nzz: TerritorySeries,
  likeForLike?: TerritoryFile["likeForLike"],
): TerritoryFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    discontinuityThresholdKm2: 1000,
    sectors: [],
    deepstate,
    nzz,
    likeForLike,
  };
}

export const day = (d: string): IsoDate => iso(d);
