// The Russian-held shape one source's map draws on a day (the chunk the map itself loads, from the
// same cache), for a question asked beside the map: how far a place is from the front that day.
// A day outside the source's maps reads its nearest map (the first or the last), and says which.
import { useQuery } from "@tanstack/react-query";
import type { IsoDate } from "../../../data/schemas/common";
import type { MapDefinition, MapSource } from "../../../data/schemas/map";
import { useMapIndex } from "../../../data/queries/map";
import { chunkRefFor, shapeOf, stateOn } from "../data/chunks";
import type { MultiPolygon } from "../../../lib/geometry";
import { chunkQuery } from "../data/queries";

export interface DayShape {
  /** The map's day read: `day`, or the source's nearest map day. */
  day: IsoDate;
  shape: MultiPolygon;
}

/** The shape on the source's map nearest `day`; undefined while loading (or without maps). */
export function useDayShape(
  source: MapSource,
  day: IsoDate,
  definition: MapDefinition,
): DayShape | undefined {
  const index = useMapIndex().data;
  const own = index?.chunks.filter((c) => c.source === source) ?? [];
  const first = own.map((c) => c.from).sort()[0];
  const last = own
    .map((c) => c.to)
    .sort()
    .at(-1);
  const read = first && last ? (day < first ? first : day > last ? last : day) : undefined;
  const ref = index && read ? chunkRefFor(index, source, read, definition) : undefined;
  const chunk = useQuery({ ...chunkQuery(ref?.file ?? "map/none.json"), enabled: ref !== undefined }).data;
  if (!read || !chunk) return undefined;
  const state = stateOn(chunk, read);
  return state < 0 ? undefined : { day: read, shape: shapeOf(chunk.topology, state) };
}
