// Step: pipeline/curated/method-changes.json (hand-curated, cited) → public/data/method-changes.json.
// The other steps read the same curated list (readMethodChanges) to apply each change to the series
// they derive, and measure in their own files how much it moved them.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  methodChangeSchema,
  methodChangesFileSchema,
  type MethodChange,
  type MethodChangeSource,
  type MethodChangesFile,
} from "../../../src/data/schemas/method-changes";
import { SCHEMA_VERSION, toIsoDate, type Source } from "../../../src/data/schemas/common";
import { readRawJson } from "../../lib/raw-files";
import { isValidIsoDate } from "../../lib/dates";
import { serializeJson } from "../../lib/json";
import { RawDataError, type Step } from "../../types";

export const CURATED_METHOD_CHANGES_FILE = fileURLToPath(
  new URL("../../curated/method-changes.json", import.meta.url),
);

const curatedSchema = z.object({ note: z.string().optional(), changes: z.array(methodChangeSchema).min(1) });

/** Validates and sorts the curated list; a bad entry fails the build naming the file and the entry. */
export function deriveMethodChanges(file: string, data: unknown): MethodChangesFile {
  const parsed = curatedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawDataError(
      file,
      `invalid method change at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`,
    );
  }
  const changes = [...parsed.data.changes].sort(
    (a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  for (const c of changes) {
    if (seen.has(c.id)) throw new RawDataError(file, `duplicate method change id ${c.id}`);
    seen.add(c.id);
    for (const d of [c.from, c.to]) {
      if (d !== undefined && !isValidIsoDate(d))
        throw new RawDataError(file, `${c.id}: ${d} is not a calendar date`);
    }
    if (!c.id.includes(c.from))
      throw new RawDataError(file, `${c.id}: the id must contain its first day (${c.from})`);
    if (c.to !== undefined && c.to < c.from)
      throw new RawDataError(file, `${c.id}: ends (${c.to}) before it starts (${c.from})`);
    if (!/^https:\/\//.test(c.citation.url))
      throw new RawDataError(file, `${c.id}: citation URL must be https`);
  }
  const first = changes[0]?.from;
  const last = changes.reduce((max, c) => ((c.to ?? c.from) > max ? (c.to ?? c.from) : max), "");
  if (!first || !last) throw new RawDataError(file, "no method changes");
  return methodChangesFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [curatedMethodChangesSource(first, last)],
    changes,
  });
}

/** The curated list, validated, for the steps that apply it. */
export function readMethodChanges(file = CURATED_METHOD_CHANGES_FILE): MethodChange[] {
  return deriveMethodChanges(file, readRawJson(file)).changes;
}

/** The listed changes of one source. */
export function methodChangesOf(
  changes: readonly MethodChange[],
  source: MethodChangeSource,
): MethodChange[] {
  return changes.filter((c) => c.source === source);
}

export function curatedMethodChangesSource(firstDate: string, lastDate: string): Source {
  return {
    id: "curated-method-changes",
    name: "The sources' changes of method, curated for this dashboard",
    url: "https://github.com/conflict-investigations/nzz-maps",
    licence: "Descriptions written for this project; each change links to the source it concerns",
    counts:
      "Known changes of method and glitches in each source (new definitions, broken files, renamed or removed categories), with how the dashboard handles each.",
    caveats:
      "Hand-curated from the sources' own files and notes. How much a change moved a series is measured by the pipeline from the source's data, never typed in.",
    firstDate: toIsoDate(firstDate),
    lastDate: toIsoDate(lastDate),
    kind: "reference",
  };
}

export const buildMethodChanges: Step = async () => {
  const file = deriveMethodChanges(CURATED_METHOD_CHANGES_FILE, readRawJson(CURATED_METHOD_CHANGES_FILE));
  const bySource = new Map<string, number>();
  for (const c of file.changes) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
  return {
    files: [{ path: "method-changes.json", content: serializeJson(file) }],
    report: {
      title: "Curated method changes → method-changes.json",
      lines: [
        `${file.changes.length} changes (${[...bySource].map(([s, n]) => `${s} ${n}`).join(", ")}), every one cited`,
      ],
    },
  };
};
