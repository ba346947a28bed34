// The map's code and data load only when its section comes near the viewport: the panel is a
// separate bundle (React.lazy) mounted by an IntersectionObserver.
import { lazy, Suspense, useRef } from "react";
import { Skeleton } from "../../components/Skeleton";
import { useNearViewport } from "../../lib/on-screen";
import { linksInto } from "../../lib/permalink";
import { MAP_FRAME_IDS } from "./frame-ids";
import type { LonLat } from "./hooks/use-point-click";

const MapPanel = lazy(() => import("./MapPanel"));

/** How far below the viewport the map starts loading. */
const NEAR = "300px 0px";

/**
 * `eager`: mount at once (the chart-only view of one of its frames, or the list of every frame);
 * `onPointClick`: a click on the map, as lon/lat.
 */
export function LazyMapPanel({
  eager = false,
  onPointClick,
}: {
  eager?: boolean;
  onPointClick?: (lonLat: LonLat) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // A permalink to one of its frames loads it at once (the browser cannot scroll to a frame that
  // does not exist yet).
  const near = useNearViewport(ref, NEAR, eager || linksInto(MAP_FRAME_IDS));
  return (
    <div ref={ref} className="map-lazy lazy-section lazy-section--map">
      {near ? (
        <Suspense fallback={<Skeleton label="the map" height={480} />}>
          <MapPanel onPointClick={onPointClick} />
        </Suspense>
      ) : (
        <Skeleton label="the map" height={480} />
      )}
    </div>
  );
}
