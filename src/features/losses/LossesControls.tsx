// The chart's controls: categories, view mode, scale, event annotations. Draws only; every change
// goes to the caller, which writes it to the URL.
import { memo } from "react";
import { SegmentedControl } from "../../components/SegmentedControl";
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../../data/schemas/losses";
import { LOSSES_VIEWS, SCALES, type LossesState, type LossesView, type Scale } from "./losses-url-state";
import { CATEGORY_LABELS } from "../../data/categories";
import { deriveSwatchColors } from "./chart/derive-line-colors";
import { VIEW_LABELS } from "./series/format-losses";

interface LossesControlsProps {
  cats: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  events: boolean;
  /** Writes a change of any of them (the panel's URL state update). */
  onChange: (patch: Partial<LossesState>) => void;
}

const SCALE_LABELS: Record<Scale, string> = { linear: "Linear", log: "Log" };

/** Quick selections in the picker (choices of what to look at, not figures). */
const PRESETS: { label: string; cats: readonly GeneralStaffCategory[] }[] = [
  { label: "Personnel and tanks", cats: ["personnel", "tank"] },
  { label: "Main equipment", cats: ["tank", "apc", "artillery", "mlrs", "airDefense"] },
  { label: "Air and sea", cats: ["aircraft", "helicopter", "drone", "cruiseMissile", "ship", "submarine"] },
  { label: "All", cats: GENERAL_STAFF_CATEGORIES },
];

// Memoised: a range change leaves the controls as they are.
export const LossesControls = memo(function LossesControls(props: LossesControlsProps) {
  const { cats, view, scale, events, onChange } = props;
  const toggle = (category: GeneralStaffCategory, on: boolean) =>
    onChange({ cats: GENERAL_STAFF_CATEGORIES.filter((c) => (c === category ? on : cats.includes(c))) });
  const swatches = deriveSwatchColors(cats);
  const names = cats.map((c) => CATEGORY_LABELS[c]);
  const summary =
    names.length === 0
      ? "none"
      : names.length <= 3
        ? names.join(", ")
        : `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
  return (
    <div className="losses-controls">
      {/* A disclosure keeps the 15 checkboxes out of the way until the reader wants them. */}
      <details className="losses-picker">
        <summary>
          Categories ({cats.length} of {GENERAL_STAFF_CATEGORIES.length}): <span>{summary}</span>
        </summary>
        <div className="losses-picker__panel">
          <div className="losses-picker__presets" role="group" aria-label="Quick selections">
            {PRESETS.map((p) => (
              <button
                key={p.label}
                type="button"
                className="button button--quiet"
                aria-pressed={p.cats.length === cats.length && p.cats.every((c) => cats.includes(c))}
                onClick={() => onChange({ cats: GENERAL_STAFF_CATEGORIES.filter((c) => p.cats.includes(c)) })}
              >
                {p.label}
              </button>
            ))}
          </div>
          <fieldset className="losses-picker__options">
            <legend className="visually-hidden">Categories</legend>
            {GENERAL_STAFF_CATEGORIES.map((c) => (
              <label key={c} className="losses-picker__option">
                <input
                  type="checkbox"
                  checked={cats.includes(c)}
                  onChange={(e) => toggle(c, e.target.checked)}
                />
                {/* The colour of its line (none while it is not drawn). */}
                <span
                  className="losses-swatch"
                  data-empty={swatches[c] ? undefined : ""}
                  style={swatches[c] ? { background: swatches[c] } : undefined}
                  aria-hidden="true"
                />
                {CATEGORY_LABELS[c]}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
      <div className="losses-controls__row">
        <SegmentedControl
          legend="View"
          name="losses-view"
          options={LOSSES_VIEWS}
          labels={VIEW_LABELS}
          value={view}
          onChange={(next) => onChange({ view: next })}
        />
        <SegmentedControl
          legend="Scale"
          name="losses-scale"
          options={SCALES}
          labels={SCALE_LABELS}
          value={scale}
          onChange={(next) => onChange({ scale: next })}
        />
        <label className="losses-check">
          <input type="checkbox" checked={events} onChange={(e) => onChange({ events: e.target.checked })} />
          Show events
        </label>
      </div>
    </div>
  );
});
