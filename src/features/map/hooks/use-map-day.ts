// The slider's day: while scrubbing or playing it lives here and reaches the URL 400 ms after the
// last step, because every URL change re-renders the whole page, which would blow the 16 ms budget
// of a step. Also the play state and speed (passing UI state).
import { useCallback, useEffect, useState } from "react";
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import type { UseUrlState } from "../../../filters/use-url-state";
import type { DaySliderProps, Speed } from "../components/DaySlider";
import { dayOf, type MapUrlState } from "../url-state";

/** How long after the last step the day is written to the URL, in ms. */
const URL_WRITE_MS = 400;

/** The day shown and what the slider needs to move it. */
export type MapDay = Omit<DaySliderProps, "from" | "to">;

export function useMapDay(
  state: MapUrlState,
  update: UseUrlState<MapUrlState>["update"],
  range: DateRange,
): MapDay {
  const urlDay = dayOf(state, range);
  const [draft, setDraft] = useState<{ day: IsoDate; base: IsoDate } | null>(null);
  const day =
    draft && draft.base === urlDay && draft.day >= range.from && draft.day <= range.to ? draft.day : urlDay;
  useEffect(() => {
    // A draft the range has since left behind is dropped, not written (it would be clamped).
    if (!draft || draft.base !== urlDay || draft.day === urlDay) return;
    if (draft.day < range.from || draft.day > range.to) return;
    const timer = setTimeout(() => update({ day: draft.day }, { replace: true }), URL_WRITE_MS);
    return () => clearTimeout(timer);
  }, [draft, urlDay, update, range.from, range.to]);

  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(7);
  const onDay = useCallback((d: IsoDate) => setDraft({ day: d, base: urlDay }), [urlDay]);
  const onPlaying = useCallback(
    (p: boolean) => {
      // Play from the range's start when the day is at its end.
      if (p && day >= range.to) setDraft({ day: range.from, base: urlDay });
      setPlaying(p);
    },
    [day, range, urlDay],
  );
  return { day, onDay, playing, onPlaying, speed, onSpeed: setSpeed };
}
