// Beside the map (under it on a phone), as DeepStateMap does: the controls and the day slider,
// which are the page's chrome and so left out of exports, then the legend and the reader's box.
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import type { UseUrlState } from "../../../filters/use-url-state";
import type { BBox } from "../../../lib/geometry";
import type { MapText } from "../derive/derive-map-text";
import type { SlotInputs } from "../hooks/use-map-chunks";
import type { MapDay } from "../hooks/use-map-day";
import type { MapUrlState } from "../url-state";
import { DaySlider } from "./DaySlider";
import { MapControls } from "./MapControls";
import { MapLegend } from "./MapLegend";
import { OwnArea } from "./OwnArea";

interface MapSideProps {
  state: MapUrlState;
  update: UseUrlState<MapUrlState>["update"];
  range: DateRange;
  day: MapDay;
  text: MapText;
  /** The km² cannot be measured: the day's maps are not saved offline. */
  offline: boolean;
  userBox: BBox | null;
  onClearBox: () => void;
  /** The day the change is measured from, and the shapes of both days (the reader's box). */
  baseShown: IsoDate;
  inputs: SlotInputs;
}

export function MapSide({ state, update, range, day, text, offline, ...box }: MapSideProps) {
  return (
    <aside className="map-panel__side">
      <div className="map-panel__tools" data-export="skip">
        <MapControls map={state.map} src={state.src} mode={state.mode} def={state.def} onChange={update} />
        <DaySlider from={range.from} to={range.to} {...day} />
      </div>
      <MapLegend
        items={text.legendItems}
        caption={text.legendCaption}
        totals={text.totals}
        totalsCaption={text.totalsCaption}
        unavailable={offline ? "not saved offline" : undefined}
      />
      {box.userBox && (
        <OwnArea
          box={box.userBox}
          from={box.baseShown}
          day={day.day}
          inputs={box.inputs}
          onClear={box.onClearBox}
        />
      )}
    </aside>
  );
}
