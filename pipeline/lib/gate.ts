// The plausibility gate: after every output has passed its schema and the app's own checks (dates
// real and not after the build day, counts safe, falls listed), the driver runs the rules that need
// more than one file: the method-change ledger's exceptions and the published folder to compare
// with. The rules are the pure functions of src/data/checks/plausibility.ts; this file only says
// which series of which output each applies to. A failure names the output, the series, the day
// and the rule, and stops the build before anything is published.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { GENERAL_STAFF_CATEGORIES, type LossesFile } from "../../src/data/schemas/losses";
import { ORYX_COUNTRIES, ORYX_TYPES, type OryxFile } from "../../src/data/schemas/oryx";
import { TERRITORY_SOURCES, type TerritoryFile } from "../../src/data/schemas/territory";
import {
  checkAreaFalls,
  checkDailyChanges,
  checkNotShrunk,
  ledgerDays,
  seriesExtent,
  type LedgerEntry,
  type SeriesExtent,
} from "../../src/data/checks/plausibility";
import { firstFailure, type CheckFailure } from "../../src/data/checks/series-checks";
import { RawDataError } from "../types";
import { schemaFor } from "./output-schemas";
import { safeParse } from "zod/mini";

export interface GateOptions {
  /** The method-change ledger (pipeline/curated/method-changes.json): its days are exceptions. */
  ledger: readonly LedgerEntry[];
  /** The published folder (public/data) whose series the new ones must reach at least as far as. */
  publishedDir: string;
  /** `--allow-shrink`: accept a series shorter than the published one (a source that really shrank). */
  allowShrink?: boolean;
}

/** One-day changes and area falls within bounds, per series of the file; null for other files. */
export function checkChanges(
  file: string,
  data: unknown,
  ledger: readonly LedgerEntry[],
): CheckFailure | null {
  if (file === "losses.json") {
    const gs = (data as LossesFile).generalStaff;
    return firstFailure(
      ...GENERAL_STAFF_CATEGORIES.map(
        (c) => () =>
          checkDailyChanges(
            `generalStaff.cumulative.${c}`,
            gs.dates,
            gs.cumulative[c],
            ledgerDays(ledger, "generalStaff", c),
          ),
      ),
    );
  }
  if (file === "oryx.json") {
    const oryx = data as OryxFile;
    return firstFailure(
      ...ORYX_COUNTRIES.flatMap((country) =>
        ORYX_TYPES.map(
          (type) => () =>
            checkDailyChanges(
              `countries.${country}.${type}.total`,
              oryx.dates,
              oryx.countries[country][type].total,
              ledgerDays(ledger, "oryx", type),
            ),
        ),
      ),
    );
  }
  if (file === "territory.json") {
    const territory = data as TerritoryFile;
    return firstFailure(
      ...TERRITORY_SOURCES.map(
        (key) => () =>
          checkAreaFalls(
            `${key}.occupiedKm2`,
            territory[key].dates,
            territory[key].occupiedKm2,
            ledgerDays(ledger, key),
          ),
      ),
    );
  }
  return null;
}

/** How far each series of a file reaches, by field name (the files whose series only grow). */
export function seriesExtents(file: string, data: unknown): Map<string, SeriesExtent> {
  const out = new Map<string, SeriesExtent>();
  if (file === "losses.json") {
    const gs = (data as LossesFile).generalStaff;
    out.set("generalStaff.dates", seriesExtent(gs.dates));
    for (const c of GENERAL_STAFF_CATEGORIES)
      out.set(`generalStaff.cumulative.${c}`, seriesExtent(gs.dates, gs.cumulative[c]));
  } else if (file === "oryx.json") {
    const oryx = data as OryxFile;
    out.set("dates", seriesExtent(oryx.dates));
    for (const country of ORYX_COUNTRIES)
      for (const type of ORYX_TYPES)
        out.set(
          `countries.${country}.${type}.total`,
          seriesExtent(oryx.dates, oryx.countries[country][type].total),
        );
  } else if (file === "territory.json") {
    const territory = data as TerritoryFile;
    for (const key of TERRITORY_SOURCES) out.set(`${key}.dates`, seriesExtent(territory[key].dates));
  }
  return out;
}

/** Every series of the new file reaches as far as the same series of the published one. */
export function checkNotShrunkSince(file: string, published: unknown, built: unknown): CheckFailure | null {
  const before = seriesExtents(file, published);
  const after = seriesExtents(file, built);
  for (const [field, extent] of before) {
    const now = after.get(field);
    const failure = now ? checkNotShrunk(field, extent, now) : null;
    if (failure) return failure;
  }
  return null;
}

/** The published copy of `file`, or undefined if there is none or it does not parse (nothing to compare). */
function readPublished(dir: string, file: string): unknown {
  const target = path.join(dir, file);
  const schema = schemaFor(file);
  if (!schema || !existsSync(target)) return undefined;
  try {
    const parsed = safeParse(schema, JSON.parse(readFileSync(target, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the gate over the files this build wrote (`data`: each parsed and already validated against
 * its schema); throws a RawDataError naming the first output that fails.
 */
export function gateOutputs(data: ReadonlyMap<string, unknown>, options: GateOptions): void {
  for (const [file, built] of [...data].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let failure = checkChanges(file, built, options.ledger);
    if (!failure && !options.allowShrink) {
      const published =
        seriesExtents(file, built).size > 0 ? readPublished(options.publishedDir, file) : undefined;
      if (published !== undefined) failure = checkNotShrunkSince(file, published, built);
    }
    if (failure)
      throw new RawDataError(`public/data/${file}`, `fails a check (${failure.check}): ${failure.at}`);
  }
}
