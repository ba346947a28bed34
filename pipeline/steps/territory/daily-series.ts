// The shape of a source's daily territory series, apart from series.ts (which builds it)
// so the like-for-like step can name it without an import cycle through track.ts.
import type { TerritoryOrigin } from "../../../src/data/schemas/territory";

export interface SectorSeries {
  occupiedKm2: number[];
  gainedKm2: (number | null)[];
  lostKm2: (number | null)[];
}

export interface DailySeries {
  dates: string[];
  carried: boolean[];
  origins: { origin: TerritoryOrigin; from: string; to: string }[];
  occupiedKm2: number[];
  occupiedSince2022Km2: (number | null)[];
  gainedKm2: (number | null)[];
  lostKm2: (number | null)[];
  crimeaAddedKm2: number[] | null;
  sectors: Record<string, SectorSeries>;
  discontinuities: { date: string; deltaKm2: number; note: string }[];
  /** See territorySeriesSchema (set by applyNzzMethodChanges). */
  excludedDays?: string[];
  windowFrom?: (string | null)[];
}
