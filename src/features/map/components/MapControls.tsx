// The map's choices: area, source, what to show and (one source changing) NZZ's definition. Only
// draws; memoised, so a slider step does not re-render it (React re-sets radio inputs' attributes
// on every render).
import { memo } from "react";
import { SegmentedControl } from "../../../components/SegmentedControl";
import { DEFINITION_LABELS, MODE_LABELS, VIEW_LABELS } from "../labels";
import { MAP_SOURCES, SOURCE_LABELS } from "../sources";
import { MAP_DEFINITIONS, MAP_MODES, MAP_VIEWS, type MapUrlState } from "../url-state";

type Choices = Pick<MapUrlState, "map" | "src" | "mode" | "def">;

export const MapControls = memo(function MapControls({
  map,
  src,
  mode,
  def,
  onChange,
}: Choices & { onChange: (patch: Partial<Choices>) => void }) {
  return (
    <div className="map-panel__controls">
      <SegmentedControl
        legend="Area"
        name="map-view"
        options={MAP_VIEWS}
        labels={VIEW_LABELS}
        value={map}
        onChange={(map) => onChange({ map })}
      />
      <SegmentedControl
        legend="Source"
        name="map-src"
        options={MAP_SOURCES}
        labels={SOURCE_LABELS}
        value={src}
        onChange={(src) => onChange({ src })}
      />
      <SegmentedControl
        legend="Show"
        name="map-mode"
        options={MAP_MODES}
        labels={MODE_LABELS}
        value={mode}
        onChange={(mode) => onChange({ mode })}
      />
      {/* Where the sources are compared, NZZ is always like for like (the note says so). */}
      {mode === "change" && (
        <SegmentedControl
          legend="NZZ shapes"
          name="map-def"
          options={MAP_DEFINITIONS}
          labels={DEFINITION_LABELS}
          value={def}
          onChange={(def) => onChange({ def })}
        />
      )}
    </div>
  );
});
