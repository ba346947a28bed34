// The one global date-range control: start and end day inputs plus presets. It only draws and
// reports; the app passes the range from the URL and writes changes back (see useRange).
import { useId, useRef, useState } from "react";
import type { IsoDate } from "../data/schemas/common";
import type { DateRange, RangeContext } from "../filters/range";
import { RANGE_PRESETS, matchingPreset } from "../filters/presets";
import { clampDate, daysInRange, isInRange, parseIsoDate } from "../lib/dates";
import { formatNumber } from "../lib/format";

export interface RangeChangeOptions {
  /** True when this change continues one made a moment ago in the same field (typing a day's
   * digits): the caller should replace the history entry instead of adding one. */
  replace?: boolean;
}

interface DateRangeControlProps {
  range: DateRange;
  /** The data's first and last day (inputs and presets stay inside) and the presets' end day. */
  context: RangeContext;
  onChange: (range: DateRange, options?: RangeChangeOptions) => void;
}

interface DayInputProps {
  label: string;
  value: IsoDate;
  bounds: DateRange;
  onCommit: (day: IsoDate, options: RangeChangeOptions) => void;
}

/** Commits from one field closer together than this (ms) count as one edit in the history. */
const TYPING_PAUSE_MS = 1500;

/**
 * Whether a commit continues the current edit: while the field keeps the focus, every commit
 * after the first replaces the history entry (typing a day passes through several complete days,
 * and a slow machine must not split them); clicks on the picker count as one edit per pause.
 */
function continuesEdit(now: number, last: { at: number; focused: boolean }): boolean {
  return last.focused || now - last.at < TYPING_PAUSE_MS;
}

/**
 * A date input that commits only complete days inside the bounds while typing (typing a year
 * passes through "0002", "0020", …, which must not move the range), and clamps on leaving.
 */
function DayInput({ label, value, bounds, onCommit }: DayInputProps) {
  const id = useId();
  // When this field last committed, and whether it has kept the focus since.
  const lastCommit = useRef({ at: 0, focused: false });
  const commit = (day: IsoDate) => {
    const now = Date.now();
    const replace = continuesEdit(now, lastCommit.current);
    lastCommit.current = { at: now, focused: document.activeElement === inputRef.current };
    onCommit(day, { replace });
  };
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string>(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The range changed elsewhere (preset, brush, back button): show it.
    setShown(value);
    setDraft(value);
  }
  const day = parseIsoDate(draft);
  const invalid = day === null || !isInRange(day, bounds);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="date"
        value={draft}
        min={bounds.from}
        max={bounds.to}
        required
        aria-invalid={invalid}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = parseIsoDate(e.target.value);
          if (next && isInRange(next, bounds) && next !== value) commit(next);
        }}
        onBlur={() => {
          lastCommit.current.focused = false;
          if (day === null) setDraft(value);
          else if (!isInRange(day, bounds)) {
            const clamped = clampDate(day, bounds);
            setDraft(clamped);
            if (clamped !== value) commit(clamped);
          }
        }}
      />
    </div>
  );
}

export function DateRangeControl({ range, context, onChange }: DateRangeControlProps) {
  const { bounds } = context;
  const active = matchingPreset(range, context);
  const days = daysInRange(range);
  return (
    <fieldset className="date-range">
      <legend>Date range</legend>
      <div className="date-range__inputs">
        <DayInput
          label="From"
          value={range.from}
          bounds={bounds}
          // A start after the end drags the end along, so the range never turns inside out.
          onCommit={(from, options) => onChange({ from, to: from > range.to ? from : range.to }, options)}
        />
        <DayInput
          label="To"
          value={range.to}
          bounds={bounds}
          onCommit={(to, options) => onChange({ from: to < range.from ? to : range.from, to }, options)}
        />
        <output className="date-range__length" aria-live="polite">
          {/* One text node: a number and a word apart would shift the word by a digit's width. */}
          {`${formatNumber(days)} ${days === 1 ? "day" : "days"}`}
        </output>
      </div>
      <div className="date-range__presets" role="group" aria-label="Range presets">
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="chip"
            aria-pressed={active?.id === preset.id}
            onClick={() => onChange(preset.range(context))}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
