// The basemap and territory steps' tools (pipeline/tools/package.json) are installed on first use, not by the app's
// `npm ci`: mapshaper alone brings hundreds of packages and a native build the app never needs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Its own package.json and node_modules, off the pipeline code's module resolution path. */
export const PIPELINE_TOOLS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "tools");

/** True when every dependency of pipeline/tools/package.json is installed (a new one triggers `npm ci`). */
function toolsInstalled(): boolean {
  const manifest = JSON.parse(readFileSync(path.join(PIPELINE_TOOLS_DIR, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {}).every((name) =>
    existsSync(path.join(PIPELINE_TOOLS_DIR, "node_modules", name, "package.json")),
  );
}

export function ensurePipelineTools(log: (line: string) => void): void {
  if (toolsInstalled()) return;
  log("installing the pipeline's map tools (pipeline/tools/package.json, once)…");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: PIPELINE_TOOLS_DIR,
    stdio: "inherit",
  });
  if (result.status !== 0)
    throw new Error(
      "could not install pipeline/tools/package.json's tools; run `npm ci --prefix pipeline/tools` and retry",
    );
}
