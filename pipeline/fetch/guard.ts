// `npm run data:guard -- --previous PUBLISHED/manifest.json --next public/data/manifest.json`: the
// scheduled rebuild's last gate before publishing. It refuses (exit 1, one line per reason) when a
// dated source of the new build ends earlier than on the published site, covers more than 5 % fewer
// days, or (for fetched sources) holds more than 5 % fewer records; a source that vanished counts too.
// A missing previous manifest (the first publication) passes.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { safeParse } from "zod/mini";
import { manifestFileSchema, type ManifestFile } from "../../src/data/schemas/manifest";
import { daysBetween } from "../lib/dates";

/** Largest allowed shrink of a source's day span or record count, as a fraction (5 %). */
export const MAX_SHRINK = 0.05;

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

/** Why `next` must not replace `previous` (empty: it may). */
export function guardPublish(previous: ManifestFile, next: ManifestFile, maxShrink = MAX_SHRINK): string[] {
  const reasons: string[] = [];
  const nextById = new Map(next.sources.map((s) => [s.id, s]));
  for (const before of previous.sources) {
    if (before.kind === "reference") continue;
    const after = nextById.get(before.id);
    if (!after) {
      reasons.push(
        `${before.id}: missing from the new build (published: ${before.firstDate} → ${before.lastDate})`,
      );
      continue;
    }
    if (after.lastDate < before.lastDate) {
      reasons.push(
        `${before.id}: moved back, it ends on ${after.lastDate}, the published site on ${before.lastDate}`,
      );
      continue;
    }
    const daysBefore = daysBetween(before.firstDate, before.lastDate) + 1;
    const daysAfter = daysBetween(after.firstDate, after.lastDate) + 1;
    if (daysAfter < daysBefore * (1 - maxShrink))
      reasons.push(
        `${before.id}: shrank by ${percent(1 - daysAfter / daysBefore)}, ${daysAfter} days (${after.firstDate} → ${after.lastDate}) against ${daysBefore} published`,
      );
  }
  const fetchedBefore = new Map((previous.fetch?.sources ?? []).map((s) => [s.id, s]));
  for (const after of next.fetch?.sources ?? []) {
    const before = fetchedBefore.get(after.id);
    if (!before || before.records === 0) continue;
    if (after.records < before.records * (1 - maxShrink))
      reasons.push(
        `${after.id}: shrank by ${percent(1 - after.records / before.records)}, ${after.records} records against ${before.records} published`,
      );
    if (before.lastDay && after.lastDay && after.lastDay < before.lastDay)
      reasons.push(
        `${after.id}: moved back, its raw files end on ${after.lastDay}, the published ones on ${before.lastDay}`,
      );
  }
  return reasons;
}

export function readManifest(file: string): ManifestFile {
  const parsed = safeParse(manifestFileSchema, JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: not a manifest.json (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const previousFile = arg("--previous");
  const nextFile = arg("--next") ?? "public/data/manifest.json";
  if (!previousFile) {
    console.error("usage: guard --previous PUBLISHED_MANIFEST [--next public/data/manifest.json]");
    return 2;
  }
  const summary = process.env.GITHUB_STEP_SUMMARY;
  const say = (line: string, stream: "log" | "error" = "log") => {
    console[stream](line);
    if (summary) appendFileSync(summary, `${line}\n`);
  };
  if (!existsSync(previousFile)) {
    say(`guard: no published manifest at ${previousFile}; nothing to compare, publishing.`);
    return 0;
  }
  const next = readManifest(nextFile);
  const reasons = guardPublish(readManifest(previousFile), next);
  if (reasons.length > 0) {
    say(`guard: refusing to publish ${nextFile}:`, "error");
    for (const r of reasons) say(`- ${r}`, "error");
    return 1;
  }
  const dated = next.sources.filter((s) => s.kind !== "reference");
  say(`guard: ok, no source moved back or shrank by more than ${percent(MAX_SHRINK)}:`);
  for (const s of dated) say(`- ${s.id}: ${s.firstDate} → ${s.lastDate}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
