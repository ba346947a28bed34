// The chart's controls: categories, view mode, scale, event annotations. Draws only; every change
// goes to the caller, which writes it to the URL.
import { SegmentedControl } from "../../components/SegmentedControl";
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "../../data/schemas/losses";
import { LOSSES_VIEWS, SCALES, type LossesView, type Scale } from "./losses-url-state";
import { CATEGORY_LABELS, categoryColorVar } from "../../data/categories";
import { VIEW_LABELS } from "./format-losses";

interface LossesControlsProps {
  cats: readonly GeneralStaffCategory[];
  view: LossesView;
  scale: Scale;
  events: boolean;
  onCatsChange: (cats: GeneralStaffCategory[]) => void;
  onViewChange: (view: LossesView) => void;
  onScaleChange: (scale: Scale) => void;
  onEventsChange: (events: boolean) => void;
}

const SCALE_LABELS: Record<Scale, string> = { linear: "Linear", log: "Log" };

export function LossesControls(props: LossesControlsProps) {
  const { cats, view, scale, events } = props;
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
                style={{ background: categoryColorVar(c) }}
                aria-hidden="true"
              />
              {CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="losses-controls__row">
        <SegmentedControl
          legend="View"
          name="losses-view"
          options={LOSSES_VIEWS}
          labels={VIEW_LABELS}
          value={view}
          onChange={props.onViewChange}
        />
        <SegmentedControl
          legend="Scale"
          name="losses-scale"
          options={SCALES}
          labels={SCALE_LABELS}
          value={scale}
          onChange={props.onScaleChange}
        />
        <label className="losses-check">
          <input type="checkbox" checked={events} onChange={(e) => props.onEventsChange(e.target.checked)} />
          Show events
        </label>
      </div>
    </div>
  );
}
