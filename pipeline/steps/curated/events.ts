// Step: pipeline/curated/events.json (hand-curated, cited) → public/data/events.json.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { eventsFileSchema, warEventSchema, type EventsFile } from "../../../src/data/schemas/events";
import { SCHEMA_VERSION, toIsoDate, type Source } from "../../../src/data/schemas/common";
import { readRawJson } from "../../lib/raw-files";
import { isValidIsoDate } from "../../lib/dates";
import { serializeJson } from "../../lib/json";
import { RawDataError, type Step } from "../../types";

/** The curated list lives in the repo (it is ours, not a raw source), next to the pipeline. */
export const CURATED_EVENTS_FILE = fileURLToPath(new URL("../../curated/events.json", import.meta.url));

const curatedSchema = z.object({ note: z.string().optional(), events: z.array(warEventSchema).min(1) });

/** Validates and sorts the curated events; a bad entry fails the build naming the file and the entry. */
export function deriveEvents(file: string, data: unknown): EventsFile {
  const parsed = curatedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawDataError(
      file,
      `invalid event at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`,
    );
  }
  const events = [...parsed.data.events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label),
  );
  for (const event of events) {
    if (!isValidIsoDate(event.date))
      throw new RawDataError(file, `"${event.label}": ${event.date} is not a calendar date`);
    if (!/^https:\/\//.test(event.sourceUrl))
      throw new RawDataError(file, `"${event.label}": source URL must be https`);
  }
  const seen = new Set<string>();
  for (const e of events) {
    const key = `${e.date} ${e.label}`;
    if (seen.has(key)) throw new RawDataError(file, `duplicate event ${key}`);
    seen.add(key);
  }
  const first = events[0]?.date;
  const last = events[events.length - 1]?.date;
  if (!first || !last) throw new RawDataError(file, "no events");
  return eventsFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [curatedEventsSource(first, last)],
    events,
  });
}

export function curatedEventsSource(firstDate: string, lastDate: string): Source {
  return {
    id: "curated-events",
    name: "Key events of the war, curated for this dashboard",
    url: "https://en.wikipedia.org/wiki/Timeline_of_the_Russian_invasion_of_Ukraine",
    licence:
      "Labels and descriptions written for this project; each event links to the article it is based on",
    counts:
      "Dates of a few major events (battles, offensives, withdrawals), drawn as annotations on time axes.",
    caveats:
      "A short hand-picked selection, not a chronology. A date is the day the event happened or was announced; a battle's end is the day the city was claimed or left.",
    firstDate: toIsoDate(firstDate),
    lastDate: toIsoDate(lastDate),
    kind: "reference",
  };
}

export const buildEvents: Step = async () => {
  const file = deriveEvents(CURATED_EVENTS_FILE, readRawJson(CURATED_EVENTS_FILE));
  const events = file.events;
  return {
    files: [{ path: "events.json", content: serializeJson(file) }],
    report: {
      title: "Curated events → events.json",
      lines: [
        `${events.length} events, ${events[0]?.date ?? "-"} → ${events[events.length - 1]?.date ?? "-"}, every one cited`,
      ],
    },
  };
};
