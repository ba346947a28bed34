// Semantic checks of the public/data files, run at load right after the zod schema (fetchJson): a
// file can have the right shape and still be wrong (a day out of order, a total that falls with no
// correction listed, a shape drawn outside Ukraine). Each returns the first failure or null, in one
// pass over the arrays. Each file's dates must be real days, none after `buildDay` (the pipeline's build
// day; at load, the client's today, since the manifest carries no build date), and its counts
// non-negative safe integers (plausibility.ts, the rules the pipeline's gate applies). Array lengths the schemas already compare (losses, territory, map chunks'
// `state`) are not compared again here.
import type { BasemapFile } from "../schemas/basemap";
import type { ClaimsFile } from "../schemas/claims";
import type { EventsFile } from "../schemas/events";
import { GENERAL_STAFF_CATEGORIES, type LossesFile } from "../schemas/losses";
import type { ManifestFile } from "../schemas/manifest";
import type { MapChunk, MapIndex } from "../schemas/map";
import { ORYX_COUNTRIES, ORYX_TYPES, TERRITORY_SOURCES } from "../schemas/keys";
import type { OryxFile } from "../schemas/oryx";
import type { TerritoryFile } from "../schemas/territory";
import { checkAligned, checkDatesInOrder, firstFailure, type CheckFailure } from "./series-checks";
import { checkCounts, checkDate, checkDates, todayUtc, totalFalls } from "./plausibility";

export type { CheckFailure } from "./series-checks";

export const FALLS_LISTED = "totals fall only where the file lists the fall";
export const FALLS_REAL = "every listed fall is in the totals";
export const RANGE_IN_ORDER = "each date range starts before it ends";
export const STATUSES_ADD_UP = "destroyed, damaged, abandoned and captured add up to the total";
export const EVENTS_IN_ORDER = "events in date order";
export const CHUNKS_IN_ORDER = "map chunks in date order, not overlapping";
export const CHUNK_PATHS = "map chunks inside the map/ folder";
export const CHUNK_SPAN = "a map chunk has every day from its first to its last";
export const INSIDE_UKRAINE = "map shapes inside Ukraine's bounds";
export const UKRAINE_IN_BOX = "Ukraine inside the map's box";
export const CLAIM_IDS = "each claim has its own id";

function checkRange(field: string, from: string, to: string): CheckFailure | null {
  return from <= to ? null : { check: RANGE_IN_ORDER, at: `${field} runs from ${from} to ${to}` };
}

export function checkManifest(file: ManifestFile, buildDay = todayUtc()): CheckFailure | null {
  return firstFailure(
    () => checkDate("bounds.from", file.bounds.from, buildDay),
    () => checkDate("bounds.to", file.bounds.to, buildDay),
    () => checkRange("bounds", file.bounds.from, file.bounds.to),
    ...file.sources.map((s, i) => () => {
      const field = `sources[${i}] (${s.id})`;
      return (
        checkDate(`${field}.firstDate`, s.firstDate, buildDay) ??
        checkDate(`${field}.lastDate`, s.lastDate, buildDay) ??
        checkRange(field, s.firstDate, s.lastDate)
      );
    }),
  );
}

/**
 * Cumulative totals may fall only where `negativeChanges` lists that fall (same day, category and
 * values; the pipeline lists every fall between two reported days, matched to the General Staff's
 * corrections or marked as an unlisted revision), and every listed fall must be in the totals.
 */
export function checkLosses(file: LossesFile, buildDay = todayUtc()): CheckFailure | null {
  const gs = file.generalStaff;
  const plausible = firstFailure(
    () => checkDatesInOrder("generalStaff.dates", gs.dates),
    () => checkDates("generalStaff.dates", gs.dates, buildDay),
    ...GENERAL_STAFF_CATEGORIES.map(
      (c) => () => checkCounts(`generalStaff.cumulative.${c}`, gs.cumulative[c], gs.dates),
    ),
    ...gs.corrections.map((c, i) => () => checkDate(`generalStaff.corrections[${i}].date`, c.date, buildDay)),
  );
  if (plausible) return plausible;
  const listed = new Map(gs.negativeChanges.map((n) => [`${n.date}|${n.category}`, n]));
  let matched = 0;
  for (const category of GENERAL_STAFF_CATEGORIES) {
    for (const { i, from, to } of totalFalls(gs.cumulative[category])) {
      const date = gs.dates[i]!;
      const n = listed.get(`${date}|${category}`);
      if (!n || n.from !== from || n.to !== to)
        return {
          check: FALLS_LISTED,
          at: `${category} falls from ${from} to ${to} on ${date} (generalStaff.dates[${i}]), and negativeChanges does not list it`,
        };
      matched++;
    }
  }
  if (matched === gs.negativeChanges.length) return null;
  // Some listed fall was not met in the totals: name the first (a miss or a duplicate entry).
  const seen = new Set<string>();
  for (const n of gs.negativeChanges) {
    const key = `${n.date}|${n.category}`;
    const i = gs.dates.indexOf(n.date);
    const real =
      i > 0 && gs.cumulative[n.category][i - 1] === n.from && gs.cumulative[n.category][i] === n.to;
    if (!real || seen.has(key))
      return {
        check: FALLS_REAL,
        at: `negativeChanges lists ${n.category} falling from ${n.from} to ${n.to} on ${n.date}${real ? " twice" : ", but the totals do not"}`,
      };
    seen.add(key);
  }
  return null;
}

export function checkOryx(file: OryxFile, buildDay = todayUtc()): CheckFailure | null {
  const dated = checkDatesInOrder("dates", file.dates) ?? checkDates("dates", file.dates, buildDay);
  if (dated) return dated;
  const n = file.dates.length;
  for (const country of ORYX_COUNTRIES)
    for (const type of ORYX_TYPES) {
      const s = file.countries[country][type];
      const field = `countries.${country}.${type}`;
      const misaligned = firstFailure(
        () => checkAligned(`${field}.destroyed`, s.destroyed, n),
        () => checkAligned(`${field}.damaged`, s.damaged, n),
        () => checkAligned(`${field}.abandoned`, s.abandoned, n),
        () => checkAligned(`${field}.captured`, s.captured, n),
        () => checkAligned(`${field}.total`, s.total, n),
        () => checkCounts(`${field}.destroyed`, s.destroyed, file.dates),
        () => checkCounts(`${field}.damaged`, s.damaged, file.dates),
        () => checkCounts(`${field}.abandoned`, s.abandoned, file.dates),
        () => checkCounts(`${field}.captured`, s.captured, file.dates),
        () => checkCounts(`${field}.total`, s.total, file.dates),
      );
      if (misaligned) return misaligned;
      const { destroyed, damaged, abandoned, captured, total } = s;
      for (let i = 0; i < n; i++) {
        const d = destroyed[i];
        const m = damaged[i];
        const a = abandoned[i];
        const c = captured[i];
        const t = total[i];
        if (d == null || m == null || a == null || c == null || t == null) continue;
        if (d + m + a + c !== t)
          return {
            check: STATUSES_ADD_UP,
            at: `${field} on ${file.dates[i]} (dates[${i}]): ${d} + ${m} + ${a} + ${c} ≠ ${t}`,
          };
      }
    }
  // The as-published series (asPublished) are read by the same date index.
  for (const country of ORYX_COUNTRIES)
    for (const [type, s] of Object.entries(file.asPublished?.countries[country] ?? {})) {
      const field = `asPublished.countries.${country}.${type}`;
      const misaligned = firstFailure(
        ...(["destroyed", "damaged", "abandoned", "captured", "total"] as const).map(
          (status) => () => checkAligned(`${field}.${status}`, s[status], n),
        ),
      );
      if (misaligned) return misaligned;
    }
  return null;
}

export function checkTerritory(file: TerritoryFile, buildDay = todayUtc()): CheckFailure | null {
  for (const key of TERRITORY_SOURCES) {
    const s = file[key];
    const first = s.dates[0];
    const last = s.dates.at(-1);
    const failure = firstFailure(
      () => checkDatesInOrder(`${key}.dates`, s.dates),
      () => checkDates(`${key}.dates`, s.dates, buildDay),
      ...s.origins.map((o, i) => () => checkRange(`${key}.origins[${i}]`, o.from, o.to)),
      () => {
        const out = s.discontinuities.find((d) => first === undefined || d.date < first || d.date > last!);
        return out
          ? { check: "jumps dated within the series", at: `${key}.discontinuities lists ${out.date}` }
          : null;
      },
      () => (s.overlap ? checkDatesInOrder(`${key}.overlap.dates`, s.overlap.dates) : null),
      () => (s.overlap ? checkAligned(`${key}.overlap.aKm2`, s.overlap.aKm2, s.overlap.dates.length) : null),
      () => (s.overlap ? checkAligned(`${key}.overlap.bKm2`, s.overlap.bKm2, s.overlap.dates.length) : null),
    );
    if (failure) return failure;
  }
  return null;
}

export function checkEvents(file: EventsFile, buildDay = todayUtc()): CheckFailure | null {
  for (const [i, event] of file.events.entries()) {
    const dated = checkDate(`events[${i}].date`, event.date, buildDay);
    if (dated) return dated;
  }
  for (let i = 1; i < file.events.length; i++) {
    const [a, b] = [file.events[i - 1]!, file.events[i]!];
    if (b.date < a.date)
      return { check: EVENTS_IN_ORDER, at: `events[${i}] (${b.date}) comes after ${a.date}` };
  }
  return null;
}

/** A reading's window (baseline → to) runs forward; ids are unique, since links point at them. */
export function checkClaims(file: ClaimsFile): CheckFailure | null {
  const ids = new Set<string>();
  for (const [i, claim] of file.claims.entries()) {
    if (ids.has(claim.id)) return { check: CLAIM_IDS, at: `claims[${i}] repeats the id “${claim.id}”` };
    ids.add(claim.id);
    for (const [j, reading] of claim.readings.entries()) {
      const c = reading.check;
      if ("baseline" in c) {
        const range = checkRange(`claims[${i}] (${claim.id}).readings[${j}]`, c.baseline, c.to);
        if (range) return range;
      }
    }
  }
  return null;
}

/** A chunk path is fetched as is: it must name a file in map/, never climb out of it. */
const CHUNK_PATH = /^map\/[A-Za-z0-9_-]+\.json$/;

export function checkMapIndex(index: MapIndex, buildDay = todayUtc()): CheckFailure | null {
  const lastTo = new Map<string, string>();
  for (const [i, c] of index.chunks.entries()) {
    if (!CHUNK_PATH.test(c.file))
      return { check: CHUNK_PATHS, at: `chunks[${i}].file is “${c.file.slice(0, 40)}”` };
    const range =
      checkDate(`chunks[${i}].from`, c.from, buildDay) ??
      checkDate(`chunks[${i}].to`, c.to, buildDay) ??
      checkRange(`chunks[${i}] (${c.file})`, c.from, c.to);
    if (range) return range;
    const series = `${c.source}|${c.definition ?? ""}`;
    const before = lastTo.get(series);
    if (before !== undefined && c.from <= before)
      return {
        check: CHUNKS_IN_ORDER,
        at: `chunks[${i}] (${c.file}) starts on ${c.from}, not after the previous one's last day (${before})`,
      };
    lastTo.set(series, c.to);
  }
  return null;
}

/** [west, south, east, north], degrees. */
export type LonLatBox = readonly [number, number, number, number];

/**
 * Slack around the bounding box of the basemap's Ukraine outline, degrees (~2 km): that outline is
 * simplified more coarsely (basemap `simplifyMetres`, 200 m) than the map's shapes (50 m), so a
 * shape's vertex may lie a little outside it.
 */
export const UKRAINE_SLACK_DEG = 0.02;

const boundsCache = new WeakMap<BasemapFile, LonLatBox>();

/** Ukraine's bounding box from the basemap's outline, widened by UKRAINE_SLACK_DEG (computed once per file). */
export function ukraineBounds(basemap: BasemapFile): LonLatBox {
  const hit = boundsCache.get(basemap);
  if (hit) return hit;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of basemap.ukraine)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
  const box: LonLatBox = [
    w - UKRAINE_SLACK_DEG,
    s - UKRAINE_SLACK_DEG,
    e + UKRAINE_SLACK_DEG,
    n + UKRAINE_SLACK_DEG,
  ];
  boundsCache.set(basemap, box);
  return box;
}

export function checkBasemap(basemap: BasemapFile): CheckFailure | null {
  const [w, s, e, n] = basemap.bbox;
  if (!(w < e && s < n)) return { check: UKRAINE_IN_BOX, at: `bbox [${basemap.bbox.join(", ")}] is empty` };
  const [uw, us, ue, un] = ukraineBounds(basemap);
  if (uw < w || us < s || ue > e || un > n)
    return {
      check: UKRAINE_IN_BOX,
      at: `the outline spans [${[uw, us, ue, un].map((v) => v.toFixed(2)).join(", ")}], bbox is [${basemap.bbox.join(", ")}]`,
    };
  return null;
}

/**
 * A chunk's dates run day by day over its span, and every vertex of its quantized, delta-encoded
 * TopoJSON arcs lies inside `bounds`: one pass over the integers, no decoding into shapes.
 */
export function checkMapChunk(
  chunk: MapChunk,
  bounds: LonLatBox,
  buildDay = todayUtc(),
): CheckFailure | null {
  const dated = checkDatesInOrder("dates", chunk.dates) ?? checkDates("dates", chunk.dates, buildDay);
  if (dated) return dated;
  if (chunk.dates[0] !== chunk.from || chunk.dates.at(-1) !== chunk.to)
    return {
      check: CHUNK_SPAN,
      at: `from ${chunk.from} to ${chunk.to}, dates run from ${chunk.dates[0] ?? "nothing"} to ${chunk.dates.at(-1) ?? "nothing"}`,
    };
  const [sx, sy] = chunk.topology.transform.scale;
  const [tx, ty] = chunk.topology.transform.translate;
  // The box in quantized units, so the loop compares integers without converting each vertex.
  const [w, s, e, n] = bounds;
  const [qw, qe] = [(w - tx) / sx, (e - tx) / sx];
  const [qs, qn] = [(s - ty) / sy, (n - ty) / sy];
  const arcs = chunk.topology.arcs;
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a]!;
    let x = 0;
    let y = 0;
    for (let p = 0; p < arc.length; p++) {
      const pos = arc[p]!;
      x += pos[0]!;
      y += pos[1]!;
      if (x < qw || x > qe || y < qs || y > qn)
        return {
          check: INSIDE_UKRAINE,
          at: `arcs[${a}][${p}] is at ${(x * sx + tx).toFixed(3)}° E, ${(y * sy + ty).toFixed(3)}° N, outside [${bounds.map((v) => v.toFixed(2)).join(", ")}]`,
        };
    }
  }
  return null;
}
