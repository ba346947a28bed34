// The reader's own box: occupied km² on both days and the gains of each side, per source,
// measured in the browser (area.worker.ts) from the same chunks the map draws.
import type { IsoDate } from "../../../data/schemas/common";
import type { MapSource } from "../../../data/schemas/map";
import { formatDate, formatNumber } from "../../../lib/format";
import { boxAreaKm2, type BBox } from "../../../lib/geometry";
import { MAP_SOURCES, SOURCE_LABELS } from "../sources";
import { useMeasuredPair } from "../hooks/use-area";
import type { SlotInputs } from "../hooks/use-map-chunks";

interface OwnAreaProps {
  box: BBox;
  from: IsoDate;
  day: IsoDate;
  inputs: SlotInputs;
  onClear: () => void;
}

const km2 = (v: number | undefined) => (v === undefined ? "…" : `${formatNumber(v)} km²`);
const deg = (v: number) => v.toFixed(2);

const useSourceAreas = (source: MapSource, inputs: SlotInputs, box: BBox) =>
  useMeasuredPair(inputs[`${source}@from`], inputs[`${source}@day`], box);

export function OwnArea({ box, from, day, inputs, onClear }: OwnAreaProps) {
  const ds = useSourceAreas("deepstate", inputs, box);
  const nzz = useSourceAreas("nzz", inputs, box);
  const bySource = { deepstate: ds, nzz };
  return (
    <section className="own-area" aria-labelledby="own-area-title" data-box={box.join(",")}>
      <h3 id="own-area-title">Your area</h3>
      <p className="own-area__box">
        {deg(box[0])}–{deg(box[2])}°E, {deg(box[1])}–{deg(box[3])}°N ({formatNumber(boxAreaKm2(box))} km²)
      </p>
      <table className="own-area__table">
        <caption className="visually-hidden">Russian-held area in your box, per source</caption>
        <thead>
          <tr>
            <th scope="col">km²</th>
            {MAP_SOURCES.map((s) => (
              <th scope="col" key={s}>
                {SOURCE_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Russian-held on {formatDate(from)}</th>
            {MAP_SOURCES.map((s) => (
              <td key={s}>{km2(bySource[s]?.aKm2)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Russian-held on {formatDate(day)}</th>
            {MAP_SOURCES.map((s) => (
              <td key={s}>{km2(bySource[s]?.bKm2)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Russian gains</th>
            {MAP_SOURCES.map((s) => (
              <td key={s}>{km2(bySource[s]?.bOnlyKm2)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Ukrainian gains</th>
            {MAP_SOURCES.map((s) => (
              <td key={s}>{km2(bySource[s]?.aOnlyKm2)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <button type="button" onClick={onClear}>
        Clear your area
      </button>
    </section>
  );
}
