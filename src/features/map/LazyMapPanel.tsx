// The map's code and data load only when its section comes near the viewport: the panel is a
// separate bundle (React.lazy) mounted by an IntersectionObserver.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { Skeleton } from "../../components/Skeleton";

const MapPanel = lazy(() => import("./MapPanel"));

/** The map's chart frames, as named in permalinks ("Copy link"). */
const OWN_HASH = /^#(front-line-map|map-occupied-|map-weekly-)/;

/** How far below the viewport the map starts loading. */
const NEAR = "300px 0px";

export function LazyMapPanel() {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (old browsers, tests) the map loads at once, and so it does for
  // a permalink to one of its frames (the browser cannot scroll to a frame that does not exist yet).
  const [near, setNear] = useState(
    () => typeof IntersectionObserver === "undefined" || OWN_HASH.test(window.location.hash),
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
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
