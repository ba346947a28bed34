// The curated method changes (pipeline/curated/method-changes.json) applied to NZZ's series, and
// measured: a broken file's days are left out (they carry the last good day) and listed; a redraw
// day's gains and losses are not measured (null), so no chart counts a redrawn map as ground taken;
// and how much each change moved the series is measured here, from the files, into territory.json.
import type { MethodChange, MethodChangeMeasure } from "../../../src/data/schemas/method-changes";
import { toIsoDate } from "../../../src/data/schemas/common";
import { multiPolygonAreaKm2 } from "../../geo/area";
import type { MultiPolygon, Polygon } from "../../geo/polygons";
import { differenceOf, intersectionOf, polygonsOf, unionOf, type RawGeometry } from "../../geo/polygons";
import type { NzzSnapshot } from "../../sources/territory-nzz-dates";
import { readGzipJson } from "../../sources/territory-read";
import { calendarDays } from "./dates";
import type { DailySeries } from "./series";

const round1 = (km2: number): number => Math.round(km2 * 10) / 10;

/** Whether a day falls inside one of the listed changes whose days are excluded. */
export function excludedBy(changes: readonly MethodChange[]): (date: string) => boolean {
  const ranges = changes
    .filter((c) => c.handlingKind === "excluded")
    .map((c) => [c.from, c.to ?? c.from] as const);
  return (date) => ranges.some(([from, to]) => date >= from && date <= to);
}

/** The listed redraws: a change of what is drawn, handled by marking it (no like-for-like series). */
const isRedraw = (c: MethodChange) => c.kind === "definition" && c.handlingKind === "marked";

export interface NzzChangeOptions {
  /** Each snapshot day → the first day of the window of changes it draws. */
  windowFrom: Map<string, string | null>;
  /** Snapshot days left out by an excluded change. */
  excluded: readonly string[];
  changes: readonly MethodChange[];
}

/**
 * The series with the listed changes applied: `excludedDays` (every day of an excluded change
 * inside the series), `windowFrom` per day (null when carried), and on a listed redraw's first
 * snapshot day no gains or losses (null: not measured), in all and in every sector.
 */
export function applyNzzMethodChanges(series: DailySeries, options: NzzChangeOptions): DailySeries {
  const first = series.dates[0]!;
  const last = series.dates.at(-1)!;
  const excludedDays = options.changes
    .filter((c) => c.handlingKind === "excluded")
    .flatMap((c) =>
      calendarDays(c.from < first ? first : c.from, (c.to ?? c.from) > last ? last : (c.to ?? c.from)),
    );
  const gainedKm2 = [...series.gainedKm2];
  const lostKm2 = [...series.lostKm2];
  const sectors = Object.fromEntries(
    Object.entries(series.sectors).map(([id, s]) => [
      id,
      { ...s, gainedKm2: [...s.gainedKm2], lostKm2: [...s.lostKm2] },
    ]),
  );
  for (const change of options.changes.filter(isRedraw)) {
    const i = series.dates.findIndex((d, k) => d >= change.from && !series.carried[k]);
    if (i < 0) continue;
    gainedKm2[i] = null;
    lostKm2[i] = null;
    for (const s of Object.values(sectors)) {
      s.gainedKm2[i] = null;
      s.lostKm2[i] = null;
    }
  }
  return {
    ...series,
    gainedKm2,
    lostKm2,
    sectors,
    excludedDays: [...new Set(excludedDays)].sort(),
    windowFrom: series.dates.map((d, i) => (series.carried[i] ? null : (options.windowFrom.get(d) ?? null))),
  };
}

/** The polygons of one NZZ file's features of a type (`nochange`, `gains`, `losses`). */
function featuresOfType(file: string, types: readonly string[]): Polygon[] {
  const json = readGzipJson(file) as { value?: { features?: unknown[] } };
  const features = (json.value?.features ?? []) as {
    properties?: { type?: unknown };
    geometry?: RawGeometry | null;
  }[];
  return features
    .filter((f) => types.includes(String(f.properties?.type)))
    .flatMap((f) => polygonsOf(f.geometry));
}

/** NZZ's held shape on the snapshot before a listed redraw and on its first snapshot, or null. */
function redrawShapes(
  change: MethodChange,
  snapshots: readonly NzzSnapshot[],
): { before: MultiPolygon; after: MultiPolygon } | null {
  const snapshot = snapshots.find((s) => s.date >= change.from);
  const previous = snapshot && snapshots.filter((s) => s.date < snapshot.date).at(-1);
  if (!snapshot || !previous) return null;
  const held = (s: NzzSnapshot) => unionOf(featuresOfType(s.file, ["nochange", "gains"]));
  return { before: held(previous), after: held(snapshot) };
}

/**
 * What NZZ stopped drawing on its listed redraws (the coastal strip of 2023-05-23: on that day it
 * drops ground along every coast and border and adds none), clipped to Ukraine and outside the
 * pre-2022 layer (already in the like-for-like shape): the like-for-like shape keeps it on every
 * day, so the redraw is no change on the map or in the held area.
 */
export function keptByRedraws(
  changes: readonly MethodChange[],
  snapshots: readonly NzzSnapshot[],
  boundary: MultiPolygon,
  pre2022: MultiPolygon,
): { kept: MultiPolygon; keptKm2: number } {
  const kept = changes.filter(isRedraw).flatMap((change) => {
    const shapes = redrawShapes(change, snapshots);
    return shapes
      ? differenceOf(intersectionOf(differenceOf(shapes.before, shapes.after), boundary), pre2022)
      : [];
  });
  return { kept, keptKm2: round1(multiPolygonAreaKm2(kept)) };
}

export interface MeasureInput {
  changes: readonly MethodChange[];
  published: DailySeries;
  likeForLike: DailySeries;
  /** Like-for-like block: NZZ's part inside the pre-2022 layer per day. */
  inPre2022: readonly number[];
  /** Every NZZ snapshot (excluded ones included), by NZZ's own date. */
  snapshots: readonly NzzSnapshot[];
  boundary: MultiPolygon;
}

const km2 = (label: string, value: number) => ({ label, value: round1(value), unit: "km2" as const });

/** How much each listed NZZ change moved the series, measured on its first snapshot day. */
export async function measureNzzMethodChanges(input: MeasureInput): Promise<MethodChangeMeasure[]> {
  const { published: pub, likeForLike: lfl } = input;
  const out: MethodChangeMeasure[] = [];
  const insideKm2 = (multi: MultiPolygon) => multiPolygonAreaKm2(intersectionOf(multi, input.boundary));
  for (const change of input.changes) {
    const snapshot = input.snapshots.find((s) => s.date >= change.from);
    if (!snapshot) continue;
    const day = toIsoDate(snapshot.date);
    const i = pub.dates.indexOf(day);
    const delta = (xs: readonly (number | null)[]) => (i > 0 ? (xs[i] ?? 0) - (xs[i - 1] ?? 0) : 0);
    if (isRedraw(change)) {
      const shapes = redrawShapes(change, input.snapshots);
      if (!shapes) continue;
      const { before, after } = shapes;
      out.push({
        id: change.id,
        day,
        figures: [
          km2(
            "NZZ's shape shrank by (sea included)",
            multiPolygonAreaKm2(before) - multiPolygonAreaKm2(after),
          ),
          km2("of which inside Ukraine's border", insideKm2(before) - insideKm2(after)),
          km2("held area change as published (Crimea added)", delta(pub.occupiedKm2)),
          km2("held area change like for like (the strip kept)", delta(lfl.occupiedKm2)),
        ],
      });
    } else if (change.handlingKind === "excluded") {
      const losses = unionOf(featuresOfType(snapshot.file, ["losses"]));
      const held = unionOf(featuresOfType(snapshot.file, ["nochange", "gains"]));
      const j = pub.dates.indexOf(day);
      out.push({
        id: change.id,
        day,
        figures: [
          km2("labelled as losses (inside Ukraine)", insideKm2(losses)),
          km2("held area the broken file draws (inside Ukraine)", insideKm2(held)),
          km2("held area carried instead (as published, Crimea added)", j >= 0 ? pub.occupiedKm2[j]! : 0),
        ],
      });
    } else if (change.handlingKind === "likeForLike") {
      out.push({
        id: change.id,
        day,
        figures: [
          km2("held area change as published", delta(pub.occupiedKm2)),
          km2("of which inside the pre-2022 layer", delta(input.inPre2022)),
          km2("held area change like for like", delta(lfl.occupiedKm2)),
          km2("retaken by Ukraine that day, like for like", lfl.lostKm2[i] ?? 0),
        ],
      });
    } else if (change.handlingKind === "clipped") {
      const losses = unionOf(featuresOfType(snapshot.file, ["losses"]));
      const all = multiPolygonAreaKm2(losses);
      const inside = insideKm2(losses);
      out.push({
        id: change.id,
        day,
        figures: [
          km2("NZZ 'losses' outside Ukraine (never counted)", all - inside),
          km2("NZZ 'losses' inside Ukraine", inside),
        ],
      });
    }
  }
  return out;
}
