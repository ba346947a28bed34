// The map's code and data load only when its section comes near the viewport: the panel is a
// separate bundle (React.lazy) mounted by an IntersectionObserver.
import { lazy, Suspense, useRef } from "react";
import { Skeleton } from "../../components/Skeleton";
import { useNearViewport } from "../../lib/on-screen";

const MapPanel = lazy(() => import("./MapPanel"));

/** The map's chart frames, as named in permalinks ("Copy link"). */
const OWN_HASH = /^#(front-line-map|map-occupied-|map-weekly-)/;

/** Whether `id` names one of the map's chart frames (?embed=<id>). */
export const ownsMapFrame = (id: string) => OWN_HASH.test(`#${id}`);

/** How far below the viewport the map starts loading. */
const NEAR = "300px 0px";

/** `eager`: mount at once (the chart-only view of one of its frames, or the list of every frame). */
export function LazyMapPanel({ eager = false }: { eager?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  // A permalink to one of its frames loads it at once (the browser cannot scroll to a frame that
  // does not exist yet).
  const near = useNearViewport(
    ref,
    NEAR,
    eager || (typeof window !== "undefined" && OWN_HASH.test(window.location.hash)),
  );
  return (
    <div ref={ref} className="map-lazy lazy-section lazy-section--map">
      {near ? (
        <Suspense fallback={<Skeleton label="the map" height={480} />}>
          <MapPanel />
        </Suspense>
      ) : (
        <Skeleton label="the map" height={480} />
      )}
    </div>
  );
}
