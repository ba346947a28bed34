// The SVG path data of every layer for the view window: the basemap's rings (projected once per
// projection), the two Russian-held layers (from the chunks' arcs, cached per shape and window),
// the sector boxes and the reader's box. The paths of the days around the one shown are built
// ahead in idle time, so a slider step finds them ready.
import type { GeoProjection } from "d3-geo";
import { useEffect, useMemo } from "react";
import type { BasemapFile } from "../../../data/schemas/basemap";
import type { TerritoryFile } from "../../../data/schemas/territory";
import { formatDateRange } from "../../../lib/format";
import { runWhenIdle } from "../background/idle-work";
import type { MapPaths } from "../components/FrontMap";
import type { ShapeInput } from "../data/chunks";
import type { BBox, MultiPolygon } from "../../../lib/geometry";
import { boxPath, rewindForD3 } from "../projection/projection";
import { topologyWindowPath } from "../projection/topology-paths";
import { planeRings, windowRingsPath, type ViewWindow } from "../projection/view-window";
import type { DateRange } from "../../../filters/range";
import type { MapUrlState } from "../url-state";
import { shownSlots, type MapChunks } from "./use-map-chunks";

interface MapPathsInput {
  projection: GeoProjection | null;
  win: ViewWindow;
  basemap: BasemapFile;
  territory: Pick<TerritoryFile, "sectors">;
  /** `map`: the sector shown (its box outlined as active); `mode` and `src`: the layers drawn. */
  state: Pick<MapUrlState, "map" | "mode" | "src">;
  chunks: MapChunks;
  own: { userBox: BBox | null };
  /** The legend caption's date ranges, from the range's first day, are formatted ahead. */
  range: DateRange;
}

/** `paths` is null before the map has a size; `drawn` once both layers of the day are drawn. */
export function useMapPaths(input: MapPathsInput): { paths: MapPaths | null; drawn: boolean } {
  const { projection, win, basemap, chunks, state } = input;
  const sectors = input.territory.sectors;
  const activeSector = state.map;
  const userBox = input.own.userBox;
  const from = input.range.from;
  // The basemap's rings in the plane, once per projection; drawn per view window like the shapes.
  const baseRings = useMemo(() => {
    if (!projection) return null;
    const rings = (m: MultiPolygon) => planeRings(projection, rewindForD3(m).flat());
    return {
      land: rings(basemap.land),
      countries: rings(basemap.countries.flatMap((c) => c.polygons)),
      ukraine: rings(basemap.ukraine),
      sectorPaths: sectors.map((s) => ({ id: s.id, name: s.name, d: boxPath(projection, s.bbox) })),
    };
  }, [projection, basemap, sectors]);
  const pathFor = (i: ShapeInput | null | undefined): string | undefined =>
    i === undefined || !projection
      ? undefined
      : i === null
        ? ""
        : topologyWindowPath(projection, i.chunk.topology, i.state, win);
  const landD = baseRings && windowRingsPath(baseRings.land, win);
  const countriesD = baseRings && windowRingsPath(baseRings.countries, win);
  const ukraineD = baseRings && windowRingsPath(baseRings.ukraine, win);
  const [aSlot, bSlot] = shownSlots(state);
  const aD = pathFor(chunks.inputs[aSlot]);
  const bD = pathFor(chunks.inputs[bSlot]);
  const drawnA = aD ?? pathFor(chunks.nearestLoaded(aSlot)) ?? "";
  const drawnB = bD ?? pathFor(chunks.nearestLoaded(bSlot)) ?? "";

  // Their path data too, nearest days first, in idle time and in slices (a new day's shape takes a
  // few ms): work still running when the next step's input arrives would delay it. And the legend
  // caption's date range (ICU's formatRange, ~0.3 ms a new pair of days; cached).
  useEffect(() =>
    runWhenIdle(
      () => [
        ...chunks.aheadDays().map((d) => () => void formatDateRange({ from, to: d })),
        ...chunks
          .aheadPairs()
          .flat()
          .map((i) => () => void pathFor(i)),
      ],
      (work) => work(),
    ),
  );

  const userBoxD = userBox && projection ? boxPath(projection, userBox) : "";
  // The same array from step to step: the map's sector layer is memoised on it.
  const sectorPaths = useMemo(
    () => baseRings?.sectorPaths.map((s) => ({ ...s, active: s.id === activeSector })) ?? [],
    [baseRings, activeSector],
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
  return { paths, drawn: aD !== undefined && bD !== undefined };
}
