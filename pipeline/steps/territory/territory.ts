// Step: public/data/territory.json (daily Russian-held area per source) and public/data/map/**
// (the map's simplified shapes), from ../shared/data/territory and geo/ (see its README.md).
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SCHEMA_VERSION } from "../../../src/data/schemas/common";
import type { MapSource } from "../../../src/data/schemas/map";
import type { TerritoryOrigin } from "../../../src/data/schemas/territory";
import { territoryFileSchema } from "../../../src/data/schemas/territory";
import { loadBoundary } from "../../geo/boundary";
import { multiPolygonAreaKm2 } from "../../geo/area";
import { SECTORS } from "../../geo/sectors";
import { listDailySnapshots } from "../../sources/territory-read";
import { readCrimeaPolygons } from "../../sources/territory-snapshot";
import type { Step, StepContext } from "../../types";
import { RawDataError } from "../../types";
import type { MapChunkInput } from "./map";
import { buildMapFiles } from "./map";
import { planTasks } from "./plan";
import type { TrackPool } from "./pool";
import { defaultThreads, runTrackTasks, startTrackPool } from "./pool";
import type { MeasuredDay } from "./series";
import { buildDailySeries, DISCONTINUITY_KM2, overlapAgreement } from "./series";
import type { TrackResult, TrackTask } from "./track";
import { STAGES } from "./track";
import { dayStatuses } from "./layer-points";
import { measureLikeForLike, readPre2022Layer } from "./like-for-like";
import { keyByOwnDate, readNzzHead } from "../../sources/territory-nzz-dates";
import { methodChangesOf, readMethodChanges } from "../curated/method-changes";
import {
  applyNzzMethodChanges,
  excludedBy,
  KEPT_MIN_PART_KM2,
  keptByRedraws,
  measureNzzMethodChanges,
} from "./method-changes";
import { detectRedraws, REDRAW_RULE } from "./redraws";
import type { StateResult } from "./track";
import type { MethodChange } from "../../../src/data/schemas/method-changes";
import { buildPlaceHistory, readGazetteerPoints, type TrackStatuses } from "./place-history";
import { gazetteerSource } from "../basemap/places";

export interface TerritoryOptions {
  /** Worker threads (1 = inline, used by tests); default: TERRITORY_THREADS or min(2, cores). */
  threads?: number;
  /** The method changes to apply (tests); default: the curated list. */
  methodChanges?: MethodChange[];
}

const TRACK_ORIGIN: Record<TrackTask["track"], TerritoryOrigin> = {
  "deepstate-history": "deepstate-history",
  "deepstate-occupied": "deepstate-occupied",
  nzz: "nzz",
};

function sourcesBlock(
  history: string[],
  occupied: string[],
  nzz: string[],
  definitionChangeDay: string | undefined,
) {
  return [
    {
      id: "deepstate-history",
      name: "DeepStateMap.live (history archive)",
      url: "https://github.com/DanielRose2310/deepstatemaps-history",
      licence: "no licence stated; map © DeepState",
      counts:
        "DeepState's published map layers: occupied since 24 Feb 2022, occupied before 2022, liberated, unknown.",
      caveats:
        "Snapshots archived about daily by DanielRose2310/deepstatemaps-history; days without one carry the last state.",
      firstDate: history[0]!,
      lastDate: history.at(-1)!,
      shortName: "DeepState layers",
      endNote: "the archive of DeepState's layered map stopped",
      continuedBy: "deepstate-occupied",
    },
    {
      id: "deepstate-occupied",
      name: "DeepStateMap.live (daily occupied extract)",
      url: "https://github.com/cyterat/deepstate-map-data",
      licence: "GPL-3.0",
      counts: "All Russian-occupied territory of Ukraine as one shape, Crimea and pre-2022 areas included.",
      caveats: "No split by date of occupation, so no since-2022 figure for the days it alone covers.",
      firstDate: occupied[0]!,
      lastDate: occupied.at(-1)!,
      shortName: "DeepState",
    },
    {
      id: "nzz",
      name: "NZZ front-line map (data by liveuamap)",
      url: "https://github.com/conflict-investigations/nzz-maps",
      licence: "no licence stated; credit NZZ and liveuamap",
      counts:
        "Russian-held area of mainland Ukraine per day, with gains and losses since the previous update.",
      caveats:
        `Omits Crimea, and from ${definitionChangeDay ?? "its change of definition"} the areas held before 2022: measured and drawn like for like by default (those areas added from DeepState's layer), as published one click away; ` +
        "days are NZZ's own map dates, each update drawing the changes since an earlier day (a period, not a day); a missing day repeats the previous one; listed method changes are applied (method-changes.json).",
      firstDate: nzz[0]!,
      lastDate: nzz.at(-1)!,
      shortName: "NZZ",
    },
  ];
}

export async function buildTerritoryWith(ctx: StepContext, options: TerritoryOptions = {}) {
  const started = performance.now();
  const threads = options.threads ?? defaultThreads();
  const pool = startTrackPool(threads);
  try {
    return await buildWithPool(ctx, pool, threads, started, options.methodChanges ?? readMethodChanges());
  } finally {
    await pool.terminate();
  }
}

async function buildWithPool(
  ctx: StepContext,
  pool: TrackPool,
  threads: number,
  started: number,
  methodChanges: MethodChange[],
) {
  const dir = (name: string) => join(ctx.rawDir, "territory", name);
  const boundary = await loadBoundary(ctx.rawDir);
  const history = listDailySnapshots(dir("deepstate"), ".geojson.gz");
  const occupied = listDailySnapshots(dir("deepstate-occupied"), ".geojson.gz");
  // NZZ's days are keyed by NZZ's own map date (territory-nzz-dates.ts); a listed broken file's days
  // are left out (they carry the last good day) and flagged.
  const nzzDating = keyByOwnDate(listDailySnapshots(dir("nzz"), ".json.gz"), readNzzHead);
  const nzzChanges = methodChangesOf(methodChanges, "nzz");
  const isExcluded = excludedBy(nzzChanges);
  const nzz = nzzDating.snapshots.filter((s) => !isExcluded(s.date));
  const nzzExcluded = nzzDating.snapshots.filter((s) => isExcluded(s.date));
  for (const [name, list] of [
    ["deepstate", history],
    ["deepstate-occupied", occupied],
    ["nzz", nzz],
  ] as const)
    if (list.length === 0) throw new RawDataError(dir(name), "no snapshot files");
  const lastHistory = history.at(-1)!.date;
  const crimeaFile = history.at(-1)!.file;
  const crimea = readCrimeaPolygons(crimeaFile);
  // The like-for-like reference (see like-for-like.ts), measured against NZZ in the workers.
  const pre2022 = readPre2022Layer(crimeaFile, boundary.simplified);
  // What NZZ stopped drawing on a listed redraw, kept like for like (see keptByRedraws).
  const redrawKept = keptByRedraws(nzzChanges, nzz, boundary.simplified, pre2022);
  const kept = redrawKept.kept;
  // Every Ukrainian settlement of the gazetteer: the workers read its status off each state.
  const gazetteer = readGazetteerPoints();

  // DeepState: the history archive while it lasts (it has the since-2022 layer), then the daily
  // occupied extract. Extract days inside the archive's span are measured only to compare the two.
  const occupiedOverlap = occupied.filter((s) => s.date <= lastHistory);
  const occupiedAfter = occupied.filter((s) => s.date > lastHistory);
  const tasks = planTasks(
    [
      {
        track: "deepstate-history",
        snapshots: history,
        withChanges: true,
        withMap: true,
        addPolygons: null,
        previous: null,
      },
      {
        track: "deepstate-occupied",
        snapshots: occupiedOverlap,
        withChanges: false,
        withMap: false,
        addPolygons: null,
        previous: null,
      },
      {
        track: "deepstate-occupied",
        snapshots: occupiedAfter,
        withChanges: true,
        withMap: true,
        addPolygons: null,
        previous: occupiedOverlap.at(-1) ?? null,
      },
      {
        track: "nzz",
        snapshots: nzz,
        withChanges: true,
        withMap: true,
        addPolygons: crimea,
        previous: null,
        insideLayer: pre2022,
        keptLayer: kept,
      },
    ],
    boundary.simplified,
    gazetteer.points,
  );
  const fileCount = tasks.reduce((n, t) => n + t.snapshots.length, 0);
  ctx.progress.start("territory snapshots", fileCount);
  let results: Map<number, TrackResult>;
  try {
    const pending = runTrackTasks(tasks, pool, () => ctx.progress.tick());
    // The workers have their tasks: the driver may run the other steps while they work.
    if (threads > 1) ctx.detach?.();
    results = await pending;
    await pool.terminate(); // their heaps go now, before the map files are assembled
  } finally {
    ctx.progress.stop();
  }

  const measured = (filter: (t: TrackTask) => boolean): MeasuredDay[] =>
    tasks.filter(filter).flatMap((t) =>
      results.get(t.id)!.days.map((d) => ({
        date: d.date,
        origin: TRACK_ORIGIN[t.track],
        changed: d.changed,
        state: results.get(t.id)!.states[d.state]!,
      })),
    );
  const historyDays = measured((t) => t.track === "deepstate-history");
  const overlapDays = measured((t) => t.track === "deepstate-occupied" && !t.withChanges);
  const afterDays = measured((t) => t.track === "deepstate-occupied" && t.withChanges);
  const nzzPublishedDays = measured((t) => t.track === "nzz");
  // Like for like (the default): each NZZ state with the part of the pre-2022 layer it leaves out.
  const pre2022Km2 = Math.round(multiPolygonAreaKm2(pre2022) * 10) / 10;
  const nzzDays: MeasuredDay[] = nzzPublishedDays.map((d) => ({
    ...d,
    state: { ...d.state.lfl!, before2022Km2: pre2022Km2 } satisfies StateResult,
  }));
  const end = { deepstate: occupied.at(-1)!.date, nzz: nzz.at(-1)!.date };
  const overlap = overlapAgreement(
    {
      origin: "deepstate-history",
      days: historyDays.map((d) => ({ date: d.date, km2: d.state.occupiedKm2 })),
    },
    {
      origin: "deepstate-occupied",
      days: overlapDays.map((d) => ({ date: d.date, km2: d.state.occupiedKm2 })),
    },
  );
  const deepstateSeries = buildDailySeries([...historyDays, ...afterDays], end.deepstate);
  const windowFrom = new Map(nzz.map((s) => [s.date, s.windowFrom]));
  const nzzOptions = { windowFrom, excluded: nzzExcluded.map((s) => s.date), changes: nzzChanges };
  const nzzPublishedSeries = applyNzzMethodChanges(buildDailySeries(nzzPublishedDays, end.nzz), nzzOptions);
  const nzzSeries = applyNzzMethodChanges(buildDailySeries(nzzDays, end.nzz), nzzOptions);
  // Both sources with one definition, for the source comparison (see like-for-like.ts).
  const { fallbacks: likeFallbacks, ...likeForLike } = measureLikeForLike({
    nzzInside: new Map(nzzPublishedDays.map((d) => [d.date, d.state.insideKm2!])),
    insideFallbacks: 0,
    nzzSeries: nzzPublishedSeries,
    nzzLikeForLike: nzzSeries,
    deepstateSeries,
    pre2022,
    referenceSnapshot: crimeaFile.split("/").at(-1)!,
    ukraineKm2: boundary.simplifiedKm2,
  });

  const file = {
    schemaVersion: SCHEMA_VERSION,
    sources: sourcesBlock(
      history.map((s) => s.date),
      occupied.map((s) => s.date),
      nzz.map((s) => s.date),
      nzzChanges.find((c) => c.handlingKind === "likeForLike")?.from,
    ),
    discontinuityThresholdKm2: DISCONTINUITY_KM2,
    sectors: SECTORS.map((s) => ({ id: s.id, name: s.name, bbox: s.bbox })),
    deepstate: {
      sourceIds: ["deepstate-history", "deepstate-occupied"],
      ...deepstateSeries,
      overlap,
      notes: [
        `Measured from the history archive through ${lastHistory}, from the daily occupied extract after it (see origins).`,
        "occupiedSince2022Km2 = occupied minus DeepState's 'occupied before 2022' layer; null where only the occupied extract exists.",
        "Areas: union of the occupied layers, clipped to Ukraine's boundary (simplified 50 m), on an equal-area projection.",
      ],
    },
    nzz: {
      sourceIds: ["nzz", "deepstate-history"],
      ...nzzSeries,
      overlap: null,
      notes: [
        "Like for like: NZZ's shape plus the part of DeepState's 'occupied before 2022' layer (Crimea included) it does not draw, " +
          `from DeepState's last history snapshot (${crimeaFile.split("/").at(-1)}), clipped to Ukraine's boundary; ` +
          "crimeaAddedKm2 is that added part, with the ground NZZ stopped drawing on a listed redraw " +
          `(its coastal strip: ${redrawKept.keptKm2} km² inside Ukraine, leaving out ${redrawKept.sliversKm2} km² of slivers under ${KEPT_MIN_PART_KM2} km² each along coasts and the border). NZZ as published is \`nzzAsPublished\`.`,
        "Held by Russia = NZZ's 'nochange' plus 'gains' features; days without a file repeat the previous file.",
        "Dates are NZZ's own map dates (`properties.date`), usually a day before the scraper's file date; windowFrom is the first day of the changes each update draws.",
      ],
    },
    likeForLike,
    nzzAsPublished: {
      sourceIds: ["nzz", "deepstate-history"],
      ...nzzPublishedSeries,
      overlap: null,
      notes: [
        "NZZ as published: its 'nochange' plus 'gains' features, with Crimea (and Tuzla) added as DeepState draws it " +
          `in its last history snapshot (${crimeaFile.split("/").at(-1)}), clipped to Ukraine's boundary (crimeaAddedKm2).`,
      ],
    },
    methodChanges: await measureNzzMethodChanges({
      changes: nzzChanges,
      published: nzzPublishedSeries,
      likeForLike: nzzSeries,
      inPre2022: likeForLike.nzz.inPre2022Km2,
      snapshots: nzzDating.snapshots,
      boundary: boundary.simplified,
    }),
    redraws: detectRedraws({ deepstate: deepstateSeries, nzz: nzzSeries }),
    redrawRule: REDRAW_RULE,
  };
  territoryFileSchema.parse(file);
  const territoryContent = JSON.stringify(file);

  const placeStarted = performance.now();
  const statusesOf = (track: TrackTask["track"], end: string): TrackStatuses => ({
    track,
    end,
    days: tasks
      .filter((t) => t.track === track)
      .flatMap((t) => {
        const r = results.get(t.id)!;
        const statuses = dayStatuses(r);
        return r.days.map((d, k) => ({ date: d.date, status: statuses[k]! }));
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  });
  const places = buildPlaceHistory({
    gazetteer,
    tracks: [
      statusesOf("deepstate-history", lastHistory),
      statusesOf("deepstate-occupied", end.deepstate),
      statusesOf("nzz", end.nzz),
    ],
    sources: [...file.sources, gazetteerSource()],
  });
  const placeSeconds =
    (performance.now() - placeStarted) / 1000 +
    tasks.reduce((n, t) => n + results.get(t.id)!.stageSeconds.points, 0);

  const mapChunks: MapChunkInput[] = tasks
    .filter((t) => t.withMap)
    .flatMap((t) => {
      const result = results.get(t.id)!;
      const chunk = {
        source: (t.track === "nzz" ? "nzz" : "deepstate") as MapSource,
        origin: TRACK_ORIGIN[t.track],
        result,
      };
      return t.track === "nzz"
        ? [
            { ...chunk, topology: result.lflTopology },
            { ...chunk, topology: result.topology, definition: "asPublished" as const },
          ]
        : [{ ...chunk, topology: result.topology }];
    });
  const mapFiles = await buildMapFiles(mapChunks, end);
  const mapGzipBytes = mapFiles.map((f) => f.gzipBytes);
  const seconds = (performance.now() - started) / 1000;

  const report = reportLines({
    boundary,
    counts: { history: history.length, occupied: occupied.length, nzz: nzz.length },
    series: { deepstate: deepstateSeries, nzz: nzzSeries },
    overlap,
    results: tasks.map((t) => ({ track: t.track, withChanges: t.withChanges, ...results.get(t.id)! })),
    territoryContent,
    mapFiles,
    mapGzipBytes,
    seconds,
    threads,
  });
  report.lines.push(
    `nzz dates: keyed by NZZ's own map date; ${nzzDating.replaced.length} file(s) replaced by a later one of the same date, ` +
      `${nzzDating.outOfOrder.length} dated before an earlier file (left out: ${nzzDating.outOfOrder.map((f) => f.split("/").at(-1)).join(", ")}), ` +
      `${nzzDating.fileDated.length} without a plausible own date (file date kept); excluded by the method-change list: ${nzzExcluded.map((s) => s.date).join(", ") || "none"}`,
    `possible redraws (≥ ${REDRAW_RULE.multiple}× the other source within ±${REDRAW_RULE.windowDays} days, ≥ ${REDRAW_RULE.floorKm2} km²): ` +
      file.redraws.map((r) => `${r.date} ${r.source} ${r.box} ${r.km2}/${r.otherKm2}`).join(", "),
    ...file.methodChanges.map(
      (m) => `method change ${m.id} (${m.day}): ${m.figures.map((f) => `${f.label} ${f.value}`).join("; ")}`,
    ),
    `like-for-like: pre-2022 layer ${likeForLike.reference.pre2022Km2} km² (${likeForLike.reference.snapshot}); ` +
      `${likeFallbacks} intersections redone with mapshaper; NZZ jumps inside it: ` +
      likeForLike.nzzJumps
        .filter((j) => Math.abs(j.inPre2022DeltaKm2) > 1000)
        .map((j) => `${j.date} ${j.deltaKm2} km² of which ${j.inPre2022DeltaKm2} km² inside`)
        .join(", "),
  );
  const placeBytes = Buffer.byteLength(places.content);
  report.lines.push(
    `place-history.json: ${places.zoneCount} of ${gazetteer.entries.length} settlements in the front zone; ` +
      `${kb(placeBytes)} (gzip ${kb(gzipSync(places.content).length)}); ${placeSeconds.toFixed(1)} s ` +
      "(points stage on the workers + assembly); DeepState's layers show " +
      `${places.liberatedPlaces} of them liberated and ${places.contestedPlaces} contested on some day`,
  );
  return {
    files: [
      { path: "territory.json", content: territoryContent },
      ...mapFiles,
      { path: "place-history.json", content: places.content },
    ],
    report,
    file,
  };
}

interface ReportInput {
  boundary: Awaited<ReturnType<typeof loadBoundary>>;
  counts: { history: number; occupied: number; nzz: number };
  series: Record<"deepstate" | "nzz", ReturnType<typeof buildDailySeries>>;
  overlap: ReturnType<typeof overlapAgreement>;
  results: (TrackResult & { track: TrackTask["track"]; withChanges: boolean })[];
  territoryContent: string;
  mapFiles: { path: string; content: string | Uint8Array }[];
  /** gzip -9 size of each map file, in order. */
  mapGzipBytes: number[];
  seconds: number;
  threads: number;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const pct = (x: number): string => `${(x * 100).toFixed(3)} %`;

function reportLines(r: ReportInput) {
  const lines: string[] = [];
  const b = r.boundary;
  lines.push(
    `boundary: ${b.fullVertices} vertices → ${b.simplifiedVertices} after 50 m simplification; ` +
      `Ukraine ${b.fullKm2.toFixed(1)} km² full vs ${b.simplifiedKm2.toFixed(1)} km² simplified`,
    `snapshot days read: deepstate history ${r.counts.history}, deepstate-occupied ${r.counts.occupied}, nzz ${r.counts.nzz}`,
  );
  for (const key of ["deepstate", "nzz"] as const) {
    const s = r.series[key];
    const carried = s.carried.filter(Boolean).length;
    lines.push(
      `${key}: ${s.dates.length} days ${s.dates[0]} → ${s.dates.at(-1)}, ${carried} carried; origins ` +
        s.origins.map((o) => `${o.origin} ${o.from}…${o.to}`).join(", "),
      `${key}: occupied ${s.occupiedKm2[0]} → ${s.occupiedKm2.at(-1)} km²; ${s.discontinuities.length} discontinuities > ${DISCONTINUITY_KM2} km²`,
      ...s.discontinuities.map((d) => `  ${d.date} ${d.deltaKm2 > 0 ? "+" : ""}${d.deltaKm2} km²: ${d.note}`),
    );
  }
  const o = r.overlap;
  if (o)
    lines.push(
      `deepstate history vs occupied extract on ${o.days} common days ${o.from}…${o.to}: mean ${pct(o.meanRelDiff)}, ` +
        `mean |Δ| ${pct(o.meanAbsRelDiff)}, max |Δ| ${pct(o.maxAbsRelDiff)} on ${o.maxAbsRelDiffDate}, ` +
        `${o.daysWithinTenthPercent}/${o.days} within 0.1 %`,
    );
  const unclassified: Record<string, number> = {};
  for (const res of r.results)
    for (const [k, n] of Object.entries(res.unclassified)) unclassified[k] = (unclassified[k] ?? 0) + n;
  for (const [k, n] of Object.entries(unclassified).sort())
    lines.push(`unclassified DeepState feature (ignored) ×${n}: ${k.slice(0, 90).replace(/\s+/g, " ")}`);
  for (const track of ["deepstate-history", "deepstate-occupied", "nzz"] as const) {
    const rs = r.results.filter((x) => x.track === track);
    const states = rs.reduce((n, x) => n + x.states.length, 0);
    const fallbacks = rs.reduce((n, x) => n + x.fallbacks.union + x.fallbacks.xor, 0);
    const shortfalls = rs.reduce((n, x) => n + x.xorShortfalls, 0);
    lines.push(
      `${track}: ${states} distinct geometries measured; ${fallbacks} boolean-operation failures redone with ` +
        `mapshaper; ${shortfalls} changes smaller than the net change (|Δ| > xor, a clipping error)`,
    );
  }
  lines.push(
    `territory.json ${kb(Buffer.byteLength(r.territoryContent))} (gzip ${kb(gzipSync(r.territoryContent).length)})`,
  );
  const mapRaw = r.mapFiles.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const mapGz = r.mapGzipBytes.reduce((n, b) => n + b, 0);
  const largest = Math.max(...r.mapGzipBytes);
  const stageSeconds = STAGES.map(
    (stage) => [stage, r.results.reduce((n, x) => n + x.stageSeconds[stage], 0)] as const,
  );
  lines.push(
    `thread time by stage (s, all workers): ${stageSeconds.map(([stage, s]) => `${stage} ${s.toFixed(1)}`).join(", ")}`,
  );
  lines.push(
    `map: ${r.mapFiles.length} files, ${kb(mapRaw)} raw, ${kb(mapGz)} gzip; largest chunk ${kb(largest)} gzip`,
    `time: ${r.seconds.toFixed(1)} s on ${r.threads} thread(s)`,
  );
  return { title: "Territory (DeepState, NZZ) and map geometry", lines };
}

export const buildTerritory: Step = async (ctx) => {
  const { files, report } = await buildTerritoryWith(ctx);
  return { files, report };
};
