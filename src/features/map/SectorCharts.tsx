// Placeholder until the per-sector charts land (item 4 of issue 9): renders nothing.
import type { TerritoryFile } from "../../data/schemas/territory";
import type { DateRange } from "../../filters/filters";
import type { MapView } from "./url-state";

export function SectorCharts(_props: { territory: TerritoryFile; range: DateRange; view: MapView }) {
  return null;
}
