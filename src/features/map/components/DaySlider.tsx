// The day slider within the global range, with Play/Pause at a chosen speed. Only draws and
// reports; the panel keeps the day in the URL.
import { memo, useEffect, useId } from "react";
import type { IsoDate } from "../../../data/schemas/common";
import { addDays, diffDays } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";

export const SPEEDS = [1, 7, 30] as const;
export type Speed = (typeof SPEEDS)[number];
const SPEED_LABELS: Record<Speed, string> = {
  1: "1 day per step",
  7: "1 week per step",
  30: "30 days per step",
};
/** Time between two steps while playing. */
const STEP_MS = 500;

export interface DaySliderProps {
  from: IsoDate;
  to: IsoDate;
  day: IsoDate;
  onDay: (day: IsoDate) => void;
  playing: boolean;
  onPlaying: (playing: boolean) => void;
  speed: Speed;
  onSpeed: (speed: Speed) => void;
}

export function DaySlider({ from, to, day, onDay, playing, onPlaying, speed, onSpeed }: DaySliderProps) {
  const id = useId();
  const last = diffDays(to, from);
  const value = diffDays(day, from);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (value >= last) onPlaying(false);
      else onDay(addDays(from, Math.min(last, value + speed)));
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, value, last, speed, from, onDay, onPlaying]);

  return (
    <div className="day-slider">
      <label htmlFor={`${id}-day`} className="day-slider__label">
        Day shown: <strong data-testid="map-day">{formatDate(day)}</strong>
      </label>
      <input
        id={`${id}-day`}
        type="range"
        min={0}
        max={last}
        step={1}
        value={value}
        aria-valuetext={formatDate(day)}
        onChange={(e) => onDay(addDays(from, Number(e.currentTarget.value)))}
      />
      <div className="day-slider__controls">
        <button type="button" onClick={() => onPlaying(!playing)} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        <SpeedAndEnds speed={speed} onSpeed={onSpeed} from={from} to={to} />
      </div>
    </div>
  );
}

/** The same on every step: memoised, so a step does not re-render the select and its options. */
const SpeedAndEnds = memo(function SpeedAndEnds({
  speed,
  onSpeed,
  from,
  to,
}: {
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  from: IsoDate;
  to: IsoDate;
}) {
  return (
    <>
      <label>
        Speed{" "}
        <select value={speed} onChange={(e) => onSpeed(Number(e.currentTarget.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {SPEED_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <span className="day-slider__ends">
        {formatDate(from)} – {formatDate(to)}
      </span>
    </>
  );
});
