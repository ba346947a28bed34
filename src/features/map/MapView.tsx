// The map's joiner: the URL state (sector, day, source, mode), the hooks that hold each concern
// (hooks/) and the wording (derive/derive-map-words.ts), handed to the drawing components
// (components/). MapPanel loads its files.
import { memo, useMemo } from "react";
import { ChartFrame } from "../../components/ChartFrame";
import { Skeleton } from "../../components/Skeleton";
import { useMethodChanges } from "../../data/queries/method-changes";
import type { BasemapFile } from "../../data/schemas/basemap";
import type { MapIndex } from "../../data/schemas/map";
import type { PlacesFile } from "../../data/schemas/places";
import type { TerritoryFile } from "../../data/schemas/territory";
import type { DateRange } from "../../filters/range";
import { useUrlState } from "../../filters/use-url-state";
import { useAfterNextFrame } from "../../lib/idle";
import type { MapPlaceLabel } from "./components/FrontMap";
import { MapCanvas } from "./components/MapCanvas";
import { MapAttribution } from "./components/MapAttribution";
import { MapNotices } from "./components/MapNotices";
import { MapSide } from "./components/MapSide";
import { SectorCharts } from "./components/SectorCharts";
import { describeHeldOnDay } from "./derive/derive-held";
import { mapFrameExport } from "./derive/derive-map-export";
import { deriveMapWords } from "./derive/derive-map-words";
import { useShownAreas } from "./hooks/use-area";
import { useMapChunks } from "./hooks/use-map-chunks";
import { useMapDay } from "./hooks/use-map-day";
import { useMapMarks } from "./hooks/use-map-marks";
import { useMapPaths } from "./hooks/use-map-paths";
import { useMapView } from "./hooks/use-map-view";
import { useScaleBar } from "./hooks/use-scale-bar";
import { usePlaceLabels } from "./hooks/use-place-labels";
import { usePointClick, type LonLat } from "./hooks/use-point-click";
import { useUserBox } from "./hooks/use-user-box";
import { mapRangeOf } from "./derive/derive-map-range";
import { mapUrlState } from "./url-state";

export interface MapViewProps {
  basemap: BasemapFile;
  index: MapIndex;
  territory: TerritoryFile;
  places: PlacesFile;
  /** When the last of the files above arrived (epoch ms), for the first-render measure. */
  dataAt: number;
  /** The global range (FollowRange: the one last drawn while the map is off screen). */
  range: DateRange;
  onPointClick?: (lonLat: LonLat) => void;
}

// Memoised: off screen, FollowRange hands it the range it last drew, and nothing else changed.
export const MapView = memo(function MapView({
  basemap,
  index,
  territory,
  places,
  dataAt,
  range: asked,
  onPointClick,
}: MapViewProps) {
  const { state, update } = useUrlState(mapUrlState);
  // The global range cut to the days the sources have maps for (it may end weeks after them).
  const { range, note: rangeNote } = useMemo(
    () => mapRangeOf(asked, [territory.deepstate, territory.nzz]),
    [asked, territory],
  );
  // The sector charts mount a frame after the map, so the map is painted without waiting for them.
  const sectorChartsNow = useAfterNextFrame();
  const mapDay = useMapDay(state, update, range);
  const { day } = mapDay;
  const methodChanges = useMethodChanges().data?.changes;
  const chunks = useMapChunks({ index, range, day, state });
  const sector = territory.sectors.find((s) => s.id === state.map);
  const { boxRef, width, height, projection, view, setView, zoomBy, win } = useMapView(
    basemap,
    sector,
    state.map,
  );
  const own = useUserBox(projection, state.box, update);
  const scaleBar = useScaleBar(projection, view, width, height);
  const onPlaneClick = usePointClick(projection, onPointClick);
  const { paths, drawn } = useMapPaths({ projection, win, basemap, territory, state, chunks, own, range });
  useMapMarks(drawn, Math.max(dataAt, chunks.updatedAt));
  // km² for the legend (worker), in the sector's box or all the basemap's.
  const areas = useShownAreas(state, chunks, sector?.bbox ?? basemap.bbox);
  const labels = usePlaceLabels(projection, places, view, width, height);
  // Who held each labelled place on the day, per source: decoded only when a tooltip asks.
  const describePlace = (l: MapPlaceLabel) =>
    describeHeldOnDay(
      l,
      day,
      { deepstate: chunks.inputs["deepstate@day"], nzz: chunks.inputs["nzz@day"] },
      { deepstate: territory.deepstate.dates[0]!, nzz: territory.nzz.dates[0]! },
    );

  const { text, notes } = deriveMapWords({
    state,
    territory,
    index,
    changes: methodChanges,
    range,
    day,
    baseShown: chunks.baseShown,
    areas,
  });
  const offline = chunks.offlineMissing.length > 0;

  return (
    <div className="map-panel">
      <MapNotices
        notices={notes.dayNotices}
        nzzWindow={notes.nzzWindow}
        missingNote={text.missingNote}
        rangeNote={rangeNote}
        index={index}
        offlineMissing={chunks.offlineMissing}
        chunkError={chunks.chunkError}
        onRetry={chunks.retry}
      />
      <ChartFrame
        id="front-line-map"
        className="map-frame"
        title={text.title}
        subtitle={text.subtitle}
        note={text.note}
        sources={[...territory.sources, ...basemap.sources].map((x) => ({ name: x.name, url: x.url }))}
        dataTo={day}
        summary={text.summary}
        exportData={mapFrameExport(text, { from: range.from, day, box: own.userBox })}
      >
        <div className="map-panel__body">
          <MapCanvas
            boxRef={boxRef}
            {...{ width, height, paths, view, labels }}
            mode={state.mode}
            onViewChange={setView}
            onZoom={zoomBy}
            describe={describePlace}
            drawing={own.drawing}
            onToggleDrawing={own.toggleDrawing}
            onRectDrawn={own.onRectDrawn}
            label={text.summary}
            scaleBar={scaleBar}
            onPointClick={onPlaneClick}
            loadingDay={chunks.loading && !offline ? day : null}
          />
          <MapSide
            {...{ state, update, range, text, offline }}
            day={mapDay}
            userBox={own.userBox}
            onClearBox={own.clear}
            baseShown={chunks.baseShown}
            inputs={chunks.inputs}
          />
        </div>
      </ChartFrame>
      <MapAttribution territory={territory} basemap={basemap} day={day} />
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
