// public/data/events.json: curated, cited events drawn as annotations on time axes.
import { z } from "zod/mini";
import { isoDateSchema, schemaVersionSchema, sourceSchema } from "./common";

export const warEventSchema = z.object({
  date: isoDateSchema,
  /** Short label for the axis, e.g. "Kherson liberated". */
  label: z.string().check(z.maxLength(40)),
  /** One sentence of context for the tooltip. */
  description: z.string(),
  sourceName: z.string(),
  sourceUrl: z.url(),
});
export type WarEvent = z.infer<typeof warEventSchema>;

export const eventsFileSchema = z.object({
  schemaVersion: schemaVersionSchema,
  /** Credit for the curated list as a whole (each event also cites its own source). Optional for
   *  files written before it was added. */
  sources: z.optional(z.array(sourceSchema)),
  events: z.array(warEventSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;
