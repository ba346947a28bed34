// Small, valid, made-up fixtures for unit tests (never real figures). Each builder returns an
// object that passes its schema; override any field to build the case a test needs.
import { QueryClient } from "@tanstack/react-query";
import { addDays } from "../lib/dates";
import { SCHEMA_VERSION, type IsoDate, type Source } from "./schemas/common";
import type { EventsFile, WarEvent } from "./schemas/events";
import {
  GENERAL_STAFF_CATEGORIES,
  type Correction,
  type NegativeChange,
  type GeneralStaff,
  type GeneralStaffCategory,
  type LossesFile,
} from "./schemas/losses";
import type { ManifestFile } from "./schemas/manifest";
import type { PlaceHistoryFile } from "./schemas/place-history";
import { eventsQuery } from "./queries/events";
import { lossesQuery } from "./queries/losses";
import { manifestQuery } from "./queries/manifest";

/** Casts a literal to IsoDate (tests only; the app validates dates at the parse boundary). */
export const iso = (day: string) => day as IsoDate;

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: "test-source",
    name: "Test Source",
    url: "https://example.org/source",
    licence: "CC BY 4.0",
    counts: "Made-up counts for tests.",
    caveats: "None; it is a fixture.",
    firstDate: iso("2022-02-24"),
    lastDate: iso("2022-03-31"),
    ...overrides,
  };
}

export function makeManifest(overrides: Partial<ManifestFile> = {}): ManifestFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [makeSource()],
    bounds: { from: iso("2022-02-24"), to: iso("2022-03-31") },
    files: [{ path: "data/losses.json", bytes: 1234 }],
    ...overrides,
  };
}

export type GeneralStaffSeries = Partial<Record<GeneralStaffCategory, (number | null)[]>>;

/**
 * A General Staff series starting on `start`, one day per value: makeGeneralStaff({ start:
 * "2023-07-17", tank: [4110, 4119, 4125] }). Categories not given are all null (not reported);
 * the number of days is the longest series given, shorter ones are padded with null.
 */
export function makeGeneralStaff(
  options: {
    start: string;
    corrections?: Correction[];
    negativeChanges?: NegativeChange[];
  } & GeneralStaffSeries,
): GeneralStaff {
  const { start, corrections = [], negativeChanges = [], ...series } = options;
  const given = series as GeneralStaffSeries;
  const days = Math.max(0, ...Object.values(given).map((v) => v?.length ?? 0));
  const dates = Array.from({ length: days }, (_, i) => addDays(iso(start), i));
  const cumulative = Object.fromEntries(
    GENERAL_STAFF_CATEGORIES.map((c) => {
      const values = given[c] ?? [];
      return [c, Array.from({ length: days }, (_, i) => values[i] ?? null)];
    }),
  ) as Record<GeneralStaffCategory, (number | null)[]>;
  return { dates, cumulative, corrections, negativeChanges };
}

export function makeLossesFile(generalStaff: GeneralStaff, overrides: Partial<LossesFile> = {}): LossesFile {
  const first = generalStaff.dates[0] ?? iso("2022-02-24");
  const last = generalStaff.dates.at(-1) ?? first;
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      makeSource({ id: "general-staff", name: "Test General Staff", firstDate: first, lastDate: last }),
    ],
    generalStaff,
    ...overrides,
  };
}

export function makeWarEvent(overrides: Partial<WarEvent> = {}): WarEvent {
  return {
    date: iso("2022-03-10"),
    label: "Test event",
    description: "Something made up happened.",
    sourceName: "Test News",
    sourceUrl: "https://example.org/news",
    ...overrides,
  };
}

export function makeEventsFile(events: WarEvent[] = [makeWarEvent()]): EventsFile {
  return { schemaVersion: SCHEMA_VERSION, events };
}

/**
 * A QueryClient for component tests: no retries, and the given files already "loaded", so
 * components render their data at once (the URL state hooks need the manifest for its bounds).
 */
export function makeTestQueryClient(
  data: { manifest?: ManifestFile; losses?: LossesFile; events?: EventsFile } = {},
): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  client.setQueryData(manifestQuery().queryKey, data.manifest ?? makeManifest());
  if (data.losses) client.setQueryData(lossesQuery().queryKey, data.losses);
  if (data.events) client.setQueryData(eventsQuery().queryKey, data.events);
  return client;
}

/** A made-up place on every track: `runs[k]` is its `[offset, status, …]` on track k. */
export interface PlaceFixture {
  name: string;
  region?: number;
  aliases?: string[];
  lonLat?: [number, number];
  runs: [number[], number[], number[]];
}

/**
 * A small place-history.json: three tracks (DeepState layers, DeepState extract, NZZ) on made-up
 * spans, each place's runs given per track.
 */
export function makePlaceHistory(
  places: PlaceFixture[],
  tracks: { from: string; to: string; carried?: [number, number][] }[] = [
    { from: "2023-01-01", to: "2023-01-31" },
    { from: "2023-01-20", to: "2023-02-28" },
    { from: "2022-12-25", to: "2023-02-25" },
  ],
): PlaceHistoryFile {
  const ids = ["deepstate-history", "deepstate-occupied", "nzz"] as const;
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      makeSource({ id: "deepstate-history", shortName: "Layers" }),
      makeSource({ id: "deepstate-occupied", shortName: "Extract" }),
      makeSource({ id: "nzz", shortName: "Nzz" }),
    ],
    zoneKm: 60,
    tracks: ids.map((id, k) => ({
      id,
      from: iso(tracks[k]!.from),
      to: iso(tracks[k]!.to),
      carried: tracks[k]!.carried ?? [],
    })),
    regions: ["Alpha", "Beta"],
    places: {
      name: places.map((p) => p.name),
      aliases: places.map((p) => (p.aliases ?? []).join("|")),
      region: places.map((p) => p.region ?? 0),
      lonLat: places.map((p) => p.lonLat ?? [37, 48]),
      runs: ids.map((_, k) => places.map((p) => p.runs[k]!)),
    },
  };
}
