// The front-line map: loads its files (basemap, chunk index, territory series, places) through the
// one panel loader, follows the global range while on screen, and hands everything to MapView
// (the joiner). Loaded lazily (LazyMapPanel).
import { Loaded } from "../../components/Loaded";
import { FollowRange } from "../../components/FollowRange";
import { useMapIndex } from "../../data/queries/map";
import { usePlaces } from "../../data/queries/places";
import { useTerritory } from "../../data/queries/territory";
import { useBasemap } from "./data/queries";
import type { LonLat } from "./hooks/use-point-click";
import { MapView } from "./MapView";
import "./map.css";

/** `onPointClick`: a click on the map (not a drag), as the longitude and latitude under it. */
export default function MapPanel({ onPointClick }: { onPointClick?: (lonLat: LonLat) => void }) {
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
            <MapView {...{ basemap: b, index: i, territory: t, places: p, dataAt, range, onPointClick }} />
          )}
        </FollowRange>
      )}
    </Loaded>
  );
}
