// The map section's place question: the place panel (features/place) joined to the map's URL state
// (the slider's day, the source shown) and the shape the map draws that day. A change picked in the
// place panel moves the map's slider, widening the range first when the day lies outside it.
// Loaded lazily with the map section (its code and the place file are not in the first chart's bundle).
import { lazy, Suspense, useCallback } from "react";
import { Skeleton } from "../components/Skeleton";
import type { IsoDate } from "../data/schemas/common";
import { useRange, useUrlState } from "../filters/use-url-state";
import { SOURCE_LABELS } from "../features/map/sources";
import { dayOf, mapUrlState } from "../features/map/url-state";
import { useDayShape } from "../features/map/hooks/use-day-shape";
import type { PlacePanelProps } from "../features/place/PlacePanel";

const PlacePanel = lazy(() => import("../features/place/PlacePanel"));

export default function MapPlace({ point = null }: { point?: PlacePanelProps["point"] }) {
  const { state, update } = useUrlState(mapUrlState);
  const { range, update: updateRange } = useRange();
  const day = dayOf(state, range);
  const front = useDayShape(state.src, day, state.src === "nzz" ? state.def : "likeForLike");
  const onPickDay = useCallback(
    (d: IsoDate) => {
      if (d < range.from || d > range.to)
        updateRange({ from: d < range.from ? d : range.from, to: d > range.to ? d : range.to });
      update({ day: d });
    },
    [range, update, updateRange],
  );
  return (
    <Suspense fallback={<Skeleton label="the place search" height={90} />}>
      <PlacePanel
        day={day}
        onPickDay={onPickDay}
        front={front && { ...front, label: SOURCE_LABELS[state.src] }}
        point={point}
      />
    </Suspense>
  );
}
