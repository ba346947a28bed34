// The Russian-held shape one source's map draws on a day (the chunk the map itself loads, from the
// same cache), for a question asked beside the map: how far a place is from the front that day.
import { useQuery } from "@tanstack/react-query";
import type { IsoDate } from "../../data/schemas/common";
import type { MapDefinition, MapSource } from "../../data/schemas/map";
import { useMapIndex } from "../../data/queries/map";
import { chunkRefFor, shapeOf, stateOn } from "./chunks";
import type { MultiPolygon } from "./geo-types";
import { chunkQuery } from "./queries";

/** The shape, [] when the source has no map that day, undefined while loading. */
export function useDayShape(
  source: MapSource,
  day: IsoDate,
  definition: MapDefinition,
): MultiPolygon | undefined {
  const index = useMapIndex().data;
  const ref = index ? chunkRefFor(index, source, day, definition) : undefined;
  const chunk = useQuery({ ...chunkQuery(ref?.file ?? "map/none.json"), enabled: ref !== undefined }).data;
  if (!index) return undefined;
  if (!ref) return [];
  if (!chunk) return undefined;
  const state = stateOn(chunk, day);
  return state < 0 ? [] : shapeOf(chunk.topology, state);
}
