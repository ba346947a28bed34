// The front-line map: joins the data (basemap, chunk index and chunks, territory series, places),
// the URL state (sector, day, source, mode) and the derivations, and hands drawing to FrontMap,
// MapLegend and the sector charts. Loaded lazily (LazyMapPanel).
import { useQueries, useQueryClient } from "@tanstack/react-query";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useElementWidth } from "../../components/use-element-width";
import { ErrorPanel } from "../../components/ErrorPanel";
import { SegmentedControl } from "../../components/SegmentedControl";
import { Loaded } from "../../components/Loaded";
import { Skeleton } from "../../components/Skeleton";
import { useAfterNextFrame } from "../../lib/idle";
import { useMapIndex } from "../../data/queries/map";
import { usePlaces } from "../../data/queries/places";
import { useTerritory } from "../../data/queries/territory";
import type { IsoDate } from "../../data/schemas/common";
import type { MapChunk, MapIndex, MapSource } from "../../data/schemas/map";
import type { BasemapFile } from "../../data/schemas/basemap";
import type { PlacesFile } from "../../data/schemas/places";
import type { TerritoryFile } from "../../data/schemas/territory";
import { formatDate, formatDateRange, formatKm2, formatNumber } from "../../lib/format";
import { addDays, diffDays } from "../../lib/dates";
import { ChartFrame } from "../../components/ChartFrame";
import { useSettledMark } from "../../lib/perf";
import { deriveMapExportData } from "./derive-map-export";
import { chunkRefFor, neighbourRefs, shapeOf, stateOn } from "./chunks";
import { DaySlider, type Speed } from "./DaySlider";
import { containsPoint } from "./derive-held";
import { placeLabels } from "./derive-labels";
import { FrontMap, type MapPaths, type MapPlaceLabel } from "./FrontMap";
import type { BBox, MultiPolygon } from "./geo-types";
import { MapLegend, totalAsItem, type LegendItem, type LegendTotal } from "./MapLegend";
import { deriveRangeGains } from "./derive-sector-series";
import { baselineOf } from "../../lib/windows";
import { boxPath, invertRect, makeProjection, rewindForD3 } from "./projection";
import { topologyWindowPath } from "./topology-paths";
import { planeRings, viewWindow, windowRingsPath } from "./view-window";
import { chunkQuery, useBasemap } from "./queries";
import { MAP_SOURCES, SOURCE_LABELS } from "./sources";
import { useAreas, type ShapeInput } from "./use-area";
import { useUrlState } from "../../filters/use-url-state";
import { FollowRange } from "../../components/FollowRange";
import type { DateRange } from "../../filters/range";
import {
  dayOf,
  MAP_DEFINITIONS,
  MAP_MODES,
  MAP_VIEWS,
  mapUrlState,
  type MapDefinitionChoice,
  type MapMode,
  type MapView,
} from "./url-state";
import { useMethodChanges } from "../../data/queries/method-changes";
import type { MapDefinition } from "../../data/schemas/map";
import { deriveDayNotices, deriveNzzDefinitionNote, deriveNzzWindow } from "./derive-method-notes";
import { fitRect, IDENTITY, zoomAt, type View } from "./view";
import type { GeoProjection } from "d3-geo";
import { runWhenIdle } from "./idle-work";
import { OwnArea } from "./OwnArea";
import { OfflineMapNotice } from "./OfflineMapNotice";
import { useOnline } from "../../lib/use-online";
import { DataLoadError } from "../../data/queries/fetch-json";
import { SectorCharts } from "./SectorCharts";
import "./map.css";

const VIEW_LABELS: Record<MapView, string> = {
  all: "All Ukraine",
  bakhmut: "Bakhmut",
  zaporizhzhia: "Zaporizhzhia front",
  donetsk: "Donetsk",
};
/** Days on each side of the one shown whose km² are measured ahead. */
const AHEAD_DAYS = 12;
const DEFINITION_LABELS: Record<MapDefinitionChoice, string> = {
  likeForLike: "Like for like",
  asPublished: "As published",
};
const MODE_LABELS: Record<MapMode, string> = {
  change: "Change since the range's start",
  disagree: "Where the sources differ",
};

export default function MapPanel() {
  const basemap = useBasemap();
  const index = useMapIndex();
  const territory = useTerritory();
  const places = usePlaces();
  const queries = [basemap, index, territory, places] as const;
  const dataAt = Math.max(...queries.map((q) => q.dataUpdatedAt));
  return (
    <Loaded queries={queries} title="The map could not be loaded" label="the map" height={480}>
      {(b, i, t, p) => (
        <FollowRange className="map-follow">
          {(range) => (
            <MapView basemap={b} index={i} territory={t} places={p} dataAt={dataAt} range={range} />
          )}
        </FollowRange>
      )}
    </Loaded>
  );
}

interface MapViewProps {
  basemap: BasemapFile;
  index: MapIndex;
  territory: TerritoryFile;
  places: PlacesFile;
  /** When the last of the files above arrived (epoch ms), for the first-render measure. */
  dataAt: number;
  /** The global range (FollowRange: the one last drawn while the map is off screen). */
  range: DateRange;
}

type Slot = `${MapSource}@${"from" | "day"}`;

// Memoised: off screen, FollowRange hands it the range it last drew, and nothing else changed.
const MapView = memo(function MapView({ basemap, index, territory, places, dataAt, range }: MapViewProps) {
  const { state, update } = useUrlState(mapUrlState);
  // The sector charts mount a frame after the map, so the map is painted without waiting for them.
  const sectorChartsNow = useAfterNextFrame();
  // While scrubbing or playing, the day lives here and reaches the URL 400 ms after the last step:
  // every URL change re-renders the whole page, which would blow the 16 ms budget of a step.
  const urlDay = dayOf(state, range);
  const [draft, setDraft] = useState<{ day: IsoDate; base: IsoDate } | null>(null);
  const day =
    draft && draft.base === urlDay && draft.day >= range.from && draft.day <= range.to ? draft.day : urlDay;
  useEffect(() => {
    // A draft the range has since left behind is dropped, not written (it would be clamped).
    if (!draft || draft.base !== urlDay || draft.day === urlDay) return;
    if (draft.day < range.from || draft.day > range.to) return;
    const timer = setTimeout(() => update({ day: draft.day }, { replace: true }), 400);
    return () => clearTimeout(timer);
  }, [draft, urlDay, update, range.from, range.to]);
  const from = range.from;
  const baseDay = baselineOf(range);
  const queryClient = useQueryClient();
  const methodChanges = useMethodChanges().data?.changes;
  // NZZ's shapes: the URL's definition while one source changes; where the sources are compared,
  // always like for like (the definitions differ, the ground does not).
  const defFor = (source: MapSource): MapDefinition =>
    source === "nzz" && state.mode === "change" ? state.def : "likeForLike";
  const nzzDef = defFor("nzz");

  // Size: the map fills the panel's width; its height follows Ukraine's proportions.
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const height = Math.round(Math.min(620, Math.max(300, width * 0.66)));

  // Chunks: each source on `from` and on the slider's day (four files at most, often fewer).
  const slots = useMemo(() => {
    const out: { slot: Slot; source: MapSource; day: IsoDate; file: string | undefined }[] = [];
    for (const source of MAP_SOURCES)
      for (const [which, d] of [
        // The change over the range counts from the day before it (lib/windows.ts), or from the
        // source's first map when the range starts on it.
        ["from", chunkRefFor(index, source, baseDay) ? baseDay : from],
        ["day", day],
      ] as const)
        out.push({
          slot: `${source}@${which}`,
          source,
          day: d,
          file: chunkRefFor(index, source, d, source === "nzz" ? nzzDef : "likeForLike")?.file,
        });
    return out;
  }, [index, from, baseDay, day, nzzDef]);
  const files = [...new Set(slots.map((s) => s.file).filter((f): f is string => !!f))];
  // The same options object while the files stay the same: useQueries re-derives them otherwise.
  const filesKey = files.join("\n");
  const chunkQueries = useMemo(
    () => (filesKey ? filesKey.split("\n") : []).map((f) => chunkQuery(f)),
    [filesKey],
  );
  const results = useQueries({ queries: chunkQueries });
  const chunkByFile = new Map<string, MapChunk>();
  files.forEach((f, i) => {
    const data = results[i]?.data;
    if (data) chunkByFile.set(f, data);
  });
  const chunkError = results.find((r) => r.status === "error")?.error;
  const loading = files.some((f) => !chunkByFile.has(f));
  // Offline, a chunk that was not saved fails (or waits, if the connection went mid-visit): the map
  // says which days it has instead of showing an error, and loads it when the connection returns.
  const online = useOnline();
  const offlineMissing = online
    ? []
    : files.filter((_, i) => {
        const r = results[i];
        return r?.fetchStatus === "paused" || (r?.status === "error" && isNetworkError(r.error));
      });
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current)
      void queryClient.refetchQueries({
        predicate: (q) => q.queryKey[0] === "data" && q.state.status === "error",
      });
    wasOnline.current = online;
  }, [online, queryClient]);

  // Prefetch the chunks next to the day's, so that playing or scrubbing on does not wait (once the
  // day's own chunks are in: on two cores they would compete with them). In idle time: a step's
  // effects run before its frame. Not offline: a chunk not saved would only fail.
  useEffect(() => {
    if (loading || !online) return;
    return runWhenIdle(
      () => MAP_SOURCES.map((source) => chunkRefFor(index, source, day, defFor(source))),
      (ref) => {
        if (ref)
          for (const n of neighbourRefs(index, ref)) void queryClient.prefetchQuery(chunkQuery(n.file));
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- defFor follows nzzDef
  }, [index, day, queryClient, loading, online, nzzDef]);

  const input = (slot: Slot): ShapeInput | null | undefined => {
    const s = slots.find((x) => x.slot === slot)!;
    if (!s.file) return null; // the source does not cover that day
    const chunk = chunkByFile.get(s.file);
    if (!chunk) return undefined; // loading
    const state = stateOn(chunk, s.day);
    return state < 0 ? null : { chunk, state };
  };
  const shape = (i: ShapeInput | null | undefined): MultiPolygon | undefined =>
    i === undefined ? undefined : i === null ? [] : shapeOf(i.chunk.topology, i.state);

  const inputs = {
    "deepstate@from": input("deepstate@from"),
    "deepstate@day": input("deepstate@day"),
    "nzz@from": input("nzz@from"),
    "nzz@day": input("nzz@day"),
  } satisfies Record<Slot, unknown>;
  const [aSlot, bSlot]: [Slot, Slot] =
    state.mode === "change" ? [`${state.src}@from`, `${state.src}@day`] : ["deepstate@day", "nzz@day"];

  const projection = useMemo(
    () => (width > 0 ? makeProjection(width, height, basemap.ukraine) : null),
    [width, height, basemap.ukraine],
  );
  // The basemap's rings in the plane, once per projection; drawn per view window like the shapes.
  const baseRings = useMemo(() => {
    if (!projection) return null;
    const rings = (m: MultiPolygon) => planeRings(projection, rewindForD3(m).flat());
    return {
      land: rings(basemap.land),
      countries: rings(basemap.countries.flatMap((c) => c.polygons)),
      ukraine: rings(basemap.ukraine),
      sectorPaths: territory.sectors.map((s) => ({ id: s.id, name: s.name, d: boxPath(projection, s.bbox) })),
    };
  }, [projection, basemap, territory.sectors]);

  // The view: sector presets zoom to the dataset's own boxes; panning and zooming override it
  // until the preset or the map's size changes.
  const sector = territory.sectors.find((s) => s.id === state.map);
  const measureBox: BBox = sector?.bbox ?? basemap.bbox;
  const presetKey = `${state.map}|${width}|${height}`;
  const presetView = useMemo(
    () => (projection && sector ? fitBox(projection, sector.bbox, width, height) : IDENTITY),
    [projection, sector, width, height],
  );
  const [manual, setManual] = useState<{ key: string; view: View } | null>(null);
  const view = manual && manual.key === presetKey ? manual.view : presetView;
  const setView = useCallback(
    (next: View | ((v: View) => View)) =>
      setManual((m) => {
        const current = m && m.key === presetKey ? m.view : presetView;
        return { key: presetKey, view: typeof next === "function" ? next(current) : next };
      }),
    [presetKey, presetView],
  );

  // From the chunk's arcs, each projected once, only what lies near the view, at the zoom's detail
  // (a sector shows a few percent of the line): a slider step joins or cuts cached arcs.
  const win = useMemo(() => viewWindow(view, width, height), [view, width, height]);
  const pathFor = (i: ShapeInput | null | undefined): string | undefined =>
    i === undefined || !projection
      ? undefined
      : i === null
        ? ""
        : topologyWindowPath(projection, i.chunk.topology, i.state, win);
  const landD = baseRings && windowRingsPath(baseRings.land, win);
  const countriesD = baseRings && windowRingsPath(baseRings.countries, win);
  const ukraineD = baseRings && windowRingsPath(baseRings.ukraine, win);
  const aD = pathFor(inputs[aSlot]);
  const bD = pathFor(inputs[bSlot]);
  // For `npm run bench`: the map counts as settled once both days' shapes are drawn.
  useSettledMark("map", aD !== undefined && bD !== undefined);
  // "map:first-render" in the Performance timeline: from the moment the last data file arrived to
  // the first commit with the Russian-held layers. (Slider steps: `npm run bench`, from the
  // settled marks; a per-step measure here cost a search of the whole timeline in every step.)
  const chunksAt = Math.max(dataAt, ...results.map((r) => r.dataUpdatedAt));
  const measured = useRef(false);
  useEffect(() => {
    if (measured.current || aD === undefined || bD === undefined) return;
    measured.current = true;
    performance.measure("map:first-render", {
      start: chunksAt - performance.timeOrigin,
      end: performance.now(),
    });
  }, [aD, bD, chunksAt]);
  // While a chunk loads, the map keeps showing the nearest day of that source it has (the day
  // before, when the slider crosses into a chunk not yet here) rather than blanking.
  const nearestLoaded = (slot: Slot): ShapeInput | null => {
    const s = slots.find((x) => x.slot === slot)!;
    let best: ShapeInput | null = null;
    let bestGap = Infinity;
    for (const ref of index.chunks) {
      if (ref.source !== s.source) continue;
      const chunk = queryClient.getQueryData(chunkQuery(ref.file).queryKey);
      if (!chunk || chunk.dates.length === 0) continue;
      const i = s.day < chunk.dates[0]! ? 0 : chunk.dates.length - 1;
      const gap = Math.abs(diffDays(chunk.dates[i]!, s.day));
      if (gap < bestGap) {
        bestGap = gap;
        best = { chunk, state: chunk.state[i]! };
      }
    }
    return best;
  };
  const drawnA = aD ?? pathFor(nearestLoaded(aSlot)) ?? "";
  const drawnB = bD ?? pathFor(nearestLoaded(bSlot)) ?? "";

  // The reader's own box (lon/lat), drawn with the mouse or taken from the current view.
  const [userBox, setUserBox] = useState<BBox | null>(null);
  const [drawing, setDrawing] = useState(false);
  const onRectDrawn = useCallback(
    (rect: [number, number, number, number]) => {
      if (!projection) return;
      const box = invertRect(projection, rect);
      if (box) setUserBox(box);
      setDrawing(false);
    },
    [projection, setUserBox, setDrawing],
  );

  // km² for the legend (worker), keyed by what is measured.
  const fileKey = (i: ShapeInput | null | undefined) =>
    i ? `${i.chunk.source}${i.chunk.definition ?? ""}${i.chunk.from}#${i.state}` : String(i);
  const legendKey = `${fileKey(inputs[aSlot])}|${fileKey(inputs[bSlot])}|${measureBox.join(",")}`;
  const ready = inputs[aSlot] !== undefined && inputs[bSlot] !== undefined;
  // The days around the one shown (those whose chunks are here) are measured ahead, so that a
  // slider step finds its km² ready and draws them with the map in one render.
  const aheadDays = () => {
    const days: IsoDate[] = [];
    for (let i = 1; i <= AHEAD_DAYS; i++)
      for (const d of [addDays(day, -i), addDays(day, i)]) if (d >= range.from && d <= range.to) days.push(d);
    return days;
  };
  const aheadPairs = () => {
    const seen = new Map<string, MapChunk | undefined>();
    const loaded = (file: string) => {
      if (!seen.has(file)) seen.set(file, queryClient.getQueryData(chunkQuery(file).queryKey));
      return seen.get(file);
    };
    const inputOn = (slot: Slot, d: IsoDate): ShapeInput | null | undefined => {
      const [source, which] = slot.split("@") as [MapSource, "from" | "day"];
      const on = which === "from" ? slots.find((x) => x.slot === slot)!.day : d;
      const ref = chunkRefFor(index, source, on, defFor(source));
      if (!ref) return null;
      const chunk = loaded(ref.file);
      if (!chunk) return undefined;
      const s = stateOn(chunk, on);
      return s < 0 ? null : { chunk, state: s };
    };
    const pairs: [ShapeInput | null, ShapeInput | null][] = [];
    for (const d of aheadDays()) {
      const a = inputOn(aSlot, d);
      const b = inputOn(bSlot, d);
      if (a !== undefined && b !== undefined) pairs.push([a, b]);
    }
    return pairs;
  };
  // Their path data too, nearest days first, in idle time and in slices (a new day's shape takes a
  // few ms): work still running when the next step's input arrives would delay it. And the legend
  // caption's date range (ICU's formatRange, ~0.3 ms a new pair of days; cached).
  useEffect(() =>
    runWhenIdle(
      () => [
        ...aheadDays().map((d) => () => void formatDateRange({ from, to: d })),
        ...aheadPairs()
          .flat()
          .map((input) => () => void pathFor(input)),
      ],
      (work) => work(),
    ),
  );
  const legendAreas = useAreas(
    inputs[aSlot] ?? null,
    inputs[bSlot] ?? null,
    ready ? measureBox : null,
    legendKey,
    aheadPairs,
  );
  const fresh = legendAreas?.status === "ok" && legendAreas.key === legendKey ? legendAreas.areas : undefined;
  // The day the change is measured from: the day before the range (or the source's first map).
  const baseShown = slots.find((x) => x.slot === `${state.src}@from`)!.day;
  const legendItems: LegendItem[] =
    state.mode === "change"
      ? [
          {
            id: "ru-gain",
            label: `Net Russian gains: held on ${formatDate(day)}, not on ${formatDate(baseShown)}`,
            fill: "pattern:map-pat-ru-gain",
            km2: fresh?.bOnlyKm2,
          },
          {
            id: "ukr-gain",
            label: `Net Ukrainian gains: held on ${formatDate(baseShown)}, not on ${formatDate(day)}`,
            fill: "pattern:map-pat-ukr-gain",
            km2: fresh?.aOnlyKm2,
          },
          {
            id: "held-both",
            label: "Held by Russia on both days",
            fill: "var(--map-occupied-muted)",
            km2: fresh?.bothKm2,
          },
          {
            id: "held-day",
            label: `All Russian-held on ${formatDate(day)} (outlined)`,
            fill: "line:var(--map-line)",
            km2: fresh?.bKm2,
          },
        ]
      : [
          {
            id: "only-a",
            label: "Russian-held per DeepState only",
            fill: "pattern:map-pat-only-a",
            km2: fresh?.aOnlyKm2,
          },
          {
            id: "only-b",
            label: "Russian-held per NZZ only",
            fill: "pattern:map-pat-only-b",
            km2: fresh?.bOnlyKm2,
          },
          {
            id: "held-both",
            label: "Russian-held per both",
            fill: "var(--map-occupied-muted)",
            km2: fresh?.bothKm2,
          },
        ];
  const areaName = sector ? `the ${sector.name} box` : "all of Ukraine";
  // The same figures as the weekly bars below and the claims ledger: the days' changes added up.
  const shownWindow = { from, to: day };
  const added = deriveRangeGains(territory, state.map, shownWindow)[state.src];
  const addedTotals: LegendTotal[] =
    state.mode === "change"
      ? [
          { id: "ru-added", label: "Taken by Russia", km2: added.gained },
          { id: "ukr-added", label: "Retaken by Ukraine", km2: added.lost },
        ]
      : [];
  const addedCaption = `Day-to-day changes added up, ${formatDateRange(shownWindow)} (as the weekly bars):`;
  const legendCaption =
    state.mode === "change"
      ? `${SOURCE_LABELS[state.src]}, the map of ${formatDate(day)} against ${formatDate(baseShown)}, km² in ${areaName}:`
      : `DeepState vs NZZ on ${formatDate(day)}, km² in ${areaName}:`;

  // Who held each labelled place on the day, per source.
  // Decoded only when a tooltip asks (cached per shape), not on every slider step.
  const dsInput = inputs["deepstate@day"];
  const nzzInput = inputs["nzz@day"];
  const heldText = (lonLat: [number, number], name: string) => {
    const dsDay = shape(dsInput);
    const nzzDay = shape(nzzInput);
    const who = (m: MultiPolygon | undefined, src: string, first: string) =>
      m === undefined
        ? `${src}: loading`
        : day < first
          ? `${src}: no map yet`
          : `${src}: ${containsPoint(m, lonLat) ? "Russia" : "Ukraine"}`;
    return `${name}, ${formatDate(day)}. Held by ${who(dsDay, "DeepState", territory.deepstate.dates[0]!)}; ${who(nzzDay, "NZZ", territory.nzz.dates[0]!)}`;
  };
  // Placed for the view only (not per day); what the tooltip says is asked when it shows.
  const labels: MapPlaceLabel[] = useMemo(() => {
    if (!projection) return [];
    const candidates = places.places.flatMap((p, i) => {
      const xy = projection(p.lonLat as unknown as [number, number]);
      if (!xy) return [];
      return [
        {
          id: p.name,
          x: xy[0] * view.k + view.x,
          y: xy[1] * view.k + view.y,
          text: p.name,
          priority: (p.kind === "oblastCapital" ? 0 : 1000) + i,
          lonLat: p.lonLat as unknown as [number, number],
        },
      ];
    });
    const byId = new Map(candidates.map((c) => [c.id, c.lonLat]));
    return placeLabels(candidates, width, height).map((l) => ({ ...l, lonLat: byId.get(l.id)! }));
  }, [projection, places, view, width, height]);
  const describePlace = (l: MapPlaceLabel) => heldText(l.lonLat, l.text);

  const userBoxD = userBox && projection ? boxPath(projection, userBox) : "";
  // The same array from step to step: the map's sector layer is memoised on it.
  const sectorPaths = useMemo(
    () => baseRings?.sectorPaths.map((s) => ({ ...s, active: s.id === state.map })) ?? [],
    [baseRings, state.map],
  );
  const paths: MapPaths | null = useMemo(
    () =>
      baseRings && {
        land: landD ?? "",
        countries: countriesD ?? "",
        ukraine: ukraineD ?? "",
        a: drawnA,
        b: drawnB,
        sectors: sectorPaths,
        userBox: userBoxD,
      },
    [baseRings, landD, countriesD, ukraineD, drawnA, drawnB, sectorPaths, userBoxD],
  );

  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(7);
  const onDay = useCallback((d: IsoDate) => setDraft({ day: d, base: urlDay }), [urlDay]);
  const onPlaying = useCallback(
    (p: boolean) => {
      if (p && day >= range.to) setDraft({ day: range.from, base: urlDay });
      setPlaying(p);
    },
    [day, range, urlDay],
  );

  const frameSources = [...territory.sources, ...basemap.sources].map((x) => ({ name: x.name, url: x.url }));
  const mapTitle =
    state.mode === "change"
      ? added.gained !== null && added.lost !== null
        ? `${VIEW_LABELS[state.map]}: Ukraine retook ${formatKm2(added.lost)}, Russia took ${formatKm2(added.gained)} in ${formatDateRange(shownWindow)} (${SOURCE_LABELS[state.src]})`
        : `${VIEW_LABELS[state.map]}: ground taken by each side in ${formatDateRange(shownWindow)} (${SOURCE_LABELS[state.src]})`
      : fresh
        ? `${VIEW_LABELS[state.map]} on ${formatDate(day)}: ${formatNumber(fresh.aOnlyKm2)} km² Russian-held per DeepState only, ${formatNumber(fresh.bOnlyKm2)} km² per NZZ only`
        : `${VIEW_LABELS[state.map]} on ${formatDate(day)}: where DeepState and NZZ differ`;
  const nzzShown = state.mode === "disagree" || state.src === "nzz";
  const nzzNote = nzzShown ? deriveNzzDefinitionNote(methodChanges, nzzDef, state.mode) : null;
  const mapNote = [
    state.mode === "change"
      ? "The title adds up the day-to-day changes of the range's days, as the weekly bars and the claims ledger do (ground lost and retaken within it counts for both sides); the shapes and the legend's net figures compare two maps: the day shown against the day before the range."
      : "The two sources trace the line independently; they differ most where the front moves or is contested.",
    nzzNote,
  ]
    .filter(Boolean)
    .join(" ");
  const shownSources = state.mode === "disagree" ? MAP_SOURCES : [state.src];
  const dayNotices = deriveDayNotices({
    changes: methodChanges ?? [],
    redraws: territory.redraws ?? [],
    sources: shownSources,
    box: sector?.id ?? "all",
    day,
  });
  const nzzWindow = nzzShown ? deriveNzzWindow(territory.nzz, day) : null;
  const missing = MAP_SOURCES.filter(
    (s) => (state.mode === "disagree" || s === state.src) && !chunkRefFor(index, s, day),
  );
  const srcFirst = (s: MapSource) =>
    s === "deepstate" ? territory.deepstate.dates[0]! : territory.nzz.dates[0]!;
  const mapLabel =
    state.mode === "change"
      ? `Map of Ukraine: Russian-held area per ${SOURCE_LABELS[state.src]} on ${formatDate(day)} and the change since ${formatDate(from)}, ${VIEW_LABELS[state.map]}. Figures are in the legend.`
      : `Map of Ukraine: where DeepState and NZZ differ on ${formatDate(day)}, ${VIEW_LABELS[state.map]}. Figures are in the legend.`;

  // Not re-rendered on a slider step (React re-sets radio inputs' attributes on every render).
  const controls = useMemo(
    () => (
      <div className="map-panel__controls">
        <SegmentedControl
          legend="Area"
          name="map-view"
          options={MAP_VIEWS}
          labels={VIEW_LABELS}
          value={state.map}
          onChange={(map) => update({ map })}
        />
        <SegmentedControl
          legend="Source"
          name="map-src"
          options={MAP_SOURCES}
          labels={SOURCE_LABELS}
          value={state.src}
          onChange={(src) => update({ src })}
        />
        <SegmentedControl
          legend="Show"
          name="map-mode"
          options={MAP_MODES}
          labels={MODE_LABELS}
          value={state.mode}
          onChange={(mode) => update({ mode })}
        />
        {/* Where the sources are compared, NZZ is always like for like (the note says so). */}
        {state.mode === "change" && (
          <SegmentedControl
            legend="NZZ shapes"
            name="map-def"
            options={MAP_DEFINITIONS}
            labels={DEFINITION_LABELS}
            value={state.def}
            onChange={(def) => update({ def })}
          />
        )}
      </div>
    ),
    [state.map, state.src, state.mode, state.def, update],
  );
  const rangeText = useMemo(
    () => formatDateRange({ from: range.from, to: range.to }),
    [range.from, range.to],
  );

  return (
    <div className="map-panel">
      {controls}
      <DaySlider
        from={range.from}
        to={range.to}
        day={day}
        onDay={onDay}
        playing={playing}
        onPlaying={onPlaying}
        speed={speed}
        onSpeed={setSpeed}
      />
      {(dayNotices.length > 0 || nzzWindow) && (
        <div className="map-panel__day-notes" role="status">
          {dayNotices.map((n) => (
            <p key={n.key} className="map-panel__note map-panel__note--change" data-day-notice={n.kind}>
              {n.text}
            </p>
          ))}
          {nzzWindow && <p className="map-panel__note">{nzzWindow}</p>}
        </div>
      )}
      {missing.length > 0 && (
        <p className="map-panel__note" role="status">
          {missing.map((s) => `${SOURCE_LABELS[s]}'s map starts on ${formatDate(srcFirst(s))}`).join("; ")}:
          no Russian-held area is drawn for it before then.
        </p>
      )}
      {offlineMissing.length > 0 && <OfflineMapNotice index={index} missingFiles={offlineMissing} />}
      {chunkError && offlineMissing.length === 0 && (
        <ErrorPanel
          title="Part of the map could not be loaded"
          error={chunkError}
          onRetry={() => results.forEach((r) => void r.refetch())}
        />
      )}
      <ChartFrame
        id="front-line-map"
        className="map-frame"
        title={mapTitle}
        subtitle={`${rangeText}; day shown ${formatDate(day)}`}
        note={mapNote}
        sources={frameSources}
        dataTo={day}
        summary={mapLabel}
        exportData={deriveMapExportData([...legendItems, ...addedTotals.map(totalAsItem)], {
          source: state.mode === "change" ? SOURCE_LABELS[state.src] : "DeepState vs NZZ",
          area: areaName,
          from,
          day,
        })}
      >
        <div className="map-panel__body">
          <div className="map-panel__map" ref={boxRef}>
            <div className="map-panel__zoom" role="group" aria-label="Zoom" data-export="skip">
              <button
                type="button"
                aria-label="Zoom in"
                onClick={() => setView((v) => zoomAt(v, 1.5, width / 2, height / 2))}
              >
                +
              </button>
              <button
                type="button"
                aria-label="Zoom out"
                onClick={() => setView((v) => zoomAt(v, 1 / 1.5, width / 2, height / 2))}
              >
                −
              </button>
              <button type="button" aria-pressed={drawing} onClick={() => setDrawing((d) => !d)}>
                {drawing ? "Drag on the map…" : "Draw an area"}
              </button>
            </div>
            {paths && width > 0 && (
              <FrontMap
                width={width}
                height={height}
                paths={paths}
                mode={state.mode}
                view={view}
                onViewChange={setView}
                labels={labels}
                describe={describePlace}
                drawing={drawing}
                onRectDrawn={onRectDrawn}
                label={mapLabel}
              />
            )}
            {loading && offlineMissing.length === 0 && (
              <p className="map-panel__loading" role="status">
                Loading the map for {formatDate(day)}…
              </p>
            )}
            <p id="front-map-keys" className="map-panel__hint" data-export="skip">
              Drag, two fingers or the arrow keys to pan; Ctrl/⌘ + scroll, pinch, + and − to zoom. Shift-drag
              (or “Draw an area”) measures your own box.
            </p>
          </div>
          <aside className="map-panel__side">
            <MapLegend
              items={legendItems}
              caption={legendCaption}
              totals={addedTotals}
              totalsCaption={addedCaption}
              unavailable={offlineMissing.length > 0 ? "not saved offline" : undefined}
            />
            {userBox && (
              <OwnArea
                box={userBox}
                from={baseShown}
                day={day}
                inputs={inputs}
                onClear={() => setUserBox(null)}
              />
            )}
          </aside>
        </div>
      </ChartFrame>
      <Attribution territory={territory} basemap={basemap} day={day} />
      {sectorChartsNow ? (
        <SectorCharts
          territory={territory}
          range={range}
          nzzDefinition={state.def}
          methodChanges={methodChanges}
          view={state.map}
          viewName={sector ? `the ${sector.name} box` : "all Ukraine"}
        />
      ) : (
        <Skeleton label="the sector charts" height={750} />
      )}
    </div>
  );
});

function Attribution({
  territory,
  basemap,
  day,
}: {
  territory: TerritoryFile;
  basemap: BasemapFile;
  day: IsoDate;
}) {
  const last = (s: "deepstate" | "nzz") => territory[s].dates[territory[s].dates.length - 1]!;
  return (
    <p className="map-attribution">
      Russian-held area:{" "}
      {territory.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ", "}
          <a href={s.url}>{s.name}</a> ({s.licence}; {formatDate(s.firstDate)} – {formatDate(s.lastDate)})
        </span>
      ))}
      . Both draw what Russia holds; DeepState includes Crimea, NZZ omits it (added here from DeepState) and,
      like for like, NZZ gets DeepState&apos;s areas held before 2022 wherever it does not draw them.
      NZZ&apos;s days are its own map dates; each update draws a period of changes. Shown:{" "}
      <span className="map-attribution__day">{formatDate(day)};</span> series to{" "}
      {formatDate(last("deepstate"))} (DeepState) and {formatDate(last("nzz"))} (NZZ). Boundary and
      neighbours:{" "}
      {basemap.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a href={s.url}>{s.name}</a> ({s.licence})
        </span>
      ))}
      . Areas are km² on the sphere, measured in your browser from the map&apos;s shapes (simplified at{" "}
      {formatNumber(basemap.simplifyMetres)} m for the outline).
    </p>
  );
}

const isNetworkError = (error: unknown) => error instanceof DataLoadError && error.kind === "network";

/** The view that fits a lon/lat box (its corners and mid-edges projected). */
function fitBox(projection: GeoProjection, [w, s, e, n]: BBox, width: number, height: number): View {
  const pts = (
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [(w + e) / 2, s],
      [(w + e) / 2, n],
    ] as [number, number][]
  ).map((p) => projection(p)!);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return fitRect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], width, height);
}
