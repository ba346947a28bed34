// fetch-manifest.json, written by `npm run data:fetch` at the root of the raw folder: for each source
// where it came from (upstream base URL, repository, commit), when it was fetched, how far it runs,
// and every file with its sha256. `npm run data` summarises it into public/data/manifest.json
// (`fetch`: see src/data/schemas/manifest.ts); the per-file list stays here.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod/mini";
import type { FetchSummary } from "../../src/data/schemas/manifest";

export const FETCH_MANIFEST = "fetch-manifest.json";

/** A calendar day, YYYY-MM-DD (kept a plain string: this file is the pipeline's, not the app's). */
const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const fileEntrySchema = z.object({
  /** Relative to the raw folder, forward slashes. */
  path: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.int().check(z.nonnegative()),
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

const sourceEntrySchema = z.object({
  id: z.string(),
  /** Folder in the raw layout. */
  folder: z.string(),
  /** "fetched" from upstream by this tool, or "seeded" (copied once from a local raw folder). */
  origin: z.enum(["fetched", "seeded"]),
  /** Upstream base URL (raw files) or home page of a seeded archive. */
  upstream: z.string(),
  repo: z.nullable(z.string()),
  /** Upstream commit the files were read at, when the GitHub API (or the seed's listing) said; else null. */
  commit: z.nullable(z.string()),
  /** When this source last answered (ISO time), null if it never has (seeded only). */
  fetchedAt: z.nullable(z.string()),
  /** Last day the source has data for (a cumulative file's last record, a per-day source's last file). */
  lastDay: z.nullable(daySchema),
  /** Per-day sources: last day upstream had a file for, stored or left out as a repeat. */
  checkedThrough: z.nullable(daySchema),
  /** Daily records of a cumulative source's main file, or day files of a per-day source. */
  records: z.int().check(z.nonnegative()),
  /** ETag of each cumulative file as last downloaded (for If-None-Match), by local path. */
  etags: z.record(z.string(), z.string()),
  files: z.array(fileEntrySchema),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export const fetchManifestSchema = z.object({
  version: z.literal(1),
  /** When the run that wrote this file started. */
  fetchedAt: z.string(),
  sources: z.array(sourceEntrySchema),
});
export type FetchManifest = z.infer<typeof fetchManifestSchema>;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The raw folder's fetch manifest, or null when there is none or it is invalid (`onInvalid` hears why). */
export function readFetchManifest(
  rawDir: string,
  onInvalid?: (reason: string) => void,
): FetchManifest | null {
  const file = path.join(rawDir, FETCH_MANIFEST);
  if (!existsSync(file)) return null;
  try {
    const parsed = fetchManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    onInvalid?.(
      `does not match the fetch manifest's schema at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
    );
  } catch (error) {
    onInvalid?.(`not valid JSON (${(error as Error).message})`);
  }
  return null;
}

export function writeFetchManifest(rawDir: string, manifest: FetchManifest): void {
  const file = path.join(rawDir, FETCH_MANIFEST);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(fetchManifestSchema.parse(manifest), null, 1)}\n`);
  renameSync(tmp, file);
}

/** Every regular file under `rawDir/folder` (not its temp files), sorted, with its sha256. */
export function hashFolder(rawDir: string, folder: string): FileEntry[] {
  const out: FileEntry[] = [];
  const walk = (rel: string) => {
    const abs = path.join(rawDir, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !entry.name.startsWith(".")) {
        const bytes = readFileSync(path.join(rawDir, child));
        out.push({ path: child, sha256: sha256(bytes), bytes: bytes.length });
      }
    }
  };
  walk(folder);
  return out;
}

/** One digest for a list of files: sha256 of its "sha256  path\n" lines (sha256sum's format), sorted by path. */
export function digestFiles(files: FileEntry[]): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join("");
  return sha256(Buffer.from(lines, "utf8"));
}

/**
 * The short form copied into public/data/manifest.json: per source its provenance, its file count,
 * total bytes and one digest of the per-file sha256 list (the app loads the manifest first, so the
 * ~3,000 per-file hashes stay in the raw folder's fetch-manifest.json).
 */
export function summariseFetchManifest(manifest: FetchManifest): FetchSummary {
  return {
    fetchedAt: manifest.fetchedAt,
    sources: manifest.sources.map((s) => ({
      id: s.id,
      origin: s.origin,
      upstream: s.upstream,
      commit: s.commit,
      fetchedAt: s.fetchedAt,
      lastDay: s.lastDay,
      records: s.records,
      files: s.files.length,
      bytes: s.files.reduce((sum, f) => sum + f.bytes, 0),
      sha256: digestFiles(s.files),
    })),
  };
}
