// The reader's own box: occupied km² on both days and the gains of each side, per source,
// measured in the browser (area.worker.ts) from the same chunks the map draws.
import type { IsoDate } from "../../../data/schemas/common";
import type { MapSource } from "../../../data/schemas/map";
import { formatDate, formatNumber } from "../../../lib/format";
import type { BBox } from "../projection/geo-types";
import { MAP_SOURCES, SOURCE_LABELS } from "../sources";
import { useAreas, type ShapeInput } from "../hooks/use-area";
import { boxAreaKm2 } from "../derive/derive-area";

type Inputs = Record<`${MapSource}@${"from" | "day"}`, ShapeInput | null | undefined>;

interface OwnAreaProps {
  box: BBox;
  from: IsoDate;
  day: IsoDate;
  inputs: Inputs;
  onClear: () => void;
}

const key = (i: ShapeInput | null | undefined) =>
  i ? `${i.chunk.source}${i.chunk.definition ?? ""}${i.chunk.from}#${i.state}` : String(i);
const km2 = (v: number | undefined) => (v === undefined ? "…" : `${formatNumber(v)} km²`);
const deg = (v: number) => v.toFixed(2);

function useSourceAreas(source: MapSource, inputs: Inputs, box: BBox) {
  const a = inputs[`${source}@from`];
  const b = inputs[`${source}@day`];
  const k = `${key(a)}|${key(b)}|${box.join(",")}`;
  const r = useAreas(a ?? null, b ?? null, a !== undefined && b !== undefined ? box : null, k);
  return r?.status === "ok" && r.key === k ? r.areas : undefined;
}

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
