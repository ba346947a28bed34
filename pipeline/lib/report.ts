// Formats the run report printed by `npm run data`: each step's section and time, then every file's
// size raw and gzipped (folders with many files, such as map/, are summarised per folder).
import type { BuildResult, FileSize } from "./run-build";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

function sizeRows(sizes: FileSize[]): string[] {
  const rows: string[] = [];
  const folders = new Map<string, FileSize[]>();
  for (const s of sizes) {
    const slash = s.path.indexOf("/");
    if (slash === -1) {
      rows.push(
        `  ${s.path.padEnd(28)} ${formatBytes(s.bytes).padStart(10)} ${formatBytes(s.gzipBytes).padStart(10)}${s.written ? "" : "  (kept from previous build)"}`,
      );
    } else {
      const folder = s.path.slice(0, slash + 1);
      folders.set(folder, [...(folders.get(folder) ?? []), s]);
    }
  }
  for (const [folder, files] of folders) {
    const raw = files.reduce((a, f) => a + f.bytes, 0);
    const gz = files.reduce((a, f) => a + f.gzipBytes, 0);
    const kept = files.every((f) => !f.written) ? "  (kept from previous build)" : "";
    rows.push(
      `  ${`${folder} (${files.length} files)`.padEnd(28)} ${formatBytes(raw).padStart(10)} ${formatBytes(gz).padStart(10)}${kept}`,
    );
  }
  return rows;
}

export function formatReport(result: BuildResult): string {
  const out: string[] = [];
  for (const section of result.sections) {
    out.push(`== ${section.title} (${section.seconds.toFixed(2)} s)`);
    for (const line of section.lines) out.push(`  ${line}`);
  }
  const raw = result.sizes.reduce((a, f) => a + f.bytes, 0);
  const gz = result.sizes.reduce((a, f) => a + f.gzipBytes, 0);
  out.push(
    "== Files in public/data",
    `  ${"file".padEnd(28)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`,
    ...sizeRows(result.sizes),
  );
  out.push(`  ${"total".padEnd(28)} ${formatBytes(raw).padStart(10)} ${formatBytes(gz).padStart(10)}`);
  out.push(`== Done in ${result.seconds.toFixed(1)} s`);
  return out.join("\n");
}
