// The chart's controls: categories, view mode, scale, event annotations. Draws only; every change
// goes to the caller, which writes it to the URL.
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../../data/schemas/losses";
import { LOSSES_VIEWS, SCALES, type LossesView, type Scale } from "../../filters/filters";
import { CATEGORY_LABELS, categoryColor } from "./categories";
import { VIEW_LABELS } from "./format-losses";

interface LossesControlsProps {
  cats: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  events: boolean;
  theme: "light" | "dark";
  onCatsChange: (cats: GeneralStaffCategory[]) => void;
  onViewChange: (view: LossesView) => void;
  onScaleChange: (scale: Scale) => void;
  onEventsChange: (events: boolean) => void;
}

const SCALE_LABELS: Record<Scale, string> = { linear: "Linear", log: "Log" };

export function LossesControls(props: LossesControlsProps) {
  const { cats, view, scale, events, theme } = props;
  const toggle = (category: GeneralStaffCategory, on: boolean) =>
    props.onCatsChange(GENERAL_STAFF_CATEGORIES.filter((c) => (c === category ? on : cats.includes(c))));
  return (
    <div className="losses-controls">
      <fieldset className="losses-picker">
        <legend>Categories</legend>
        <div className="losses-picker__options">
          {GENERAL_STAFF_CATEGORIES.map((c) => (
            <label key={c} className="losses-picker__option">
              <input
                type="checkbox"
                checked={cats.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />
              <span
                className="losses-swatch"
                style={{ background: categoryColor(c, theme) }}
                aria-hidden="true"
              />
              {CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="losses-controls__row">
        <fieldset className="losses-segmented">
          <legend>View</legend>
          {LOSSES_VIEWS.map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="losses-view"
                value={v}
                checked={view === v}
                onChange={() => props.onViewChange(v)}
              />
              <span>{VIEW_LABELS[v]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="losses-segmented">
          <legend>Scale</legend>
          {SCALES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="losses-scale"
                value={s}
                checked={scale === s}
                onChange={() => props.onScaleChange(s)}
              />
              <span>{SCALE_LABELS[s]}</span>
            </label>
          ))}
        </fieldset>
        <label className="losses-check">
          <input type="checkbox" checked={events} onChange={(e) => props.onEventsChange(e.target.checked)} />
          Show events
        </label>
      </div>
    </div>
  );
}
