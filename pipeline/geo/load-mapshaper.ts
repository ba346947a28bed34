// The pipeline's map tools (mapshaper: simplification, batch clipping; clipper2-ts: boolean
// operations) live in pipeline/tools/package.json, not the app's: the app's `npm ci` stays small, and
// `npm run data` or the unit tests install them on first use (ensure-pipeline-tools.ts). They are
// loaded from there explicitly, so their own dependencies never shadow the pipeline's.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type Mapshaper from "mapshaper";
import { ensurePipelineTools, PIPELINE_TOOLS_DIR } from "../ensure-pipeline-tools";

/** Imports a package installed in pipeline/tools, or says how to install it. */
export async function importPipelineTool<T>(name: string): Promise<T> {
  // Modules load their tool at import (clipper.ts), before any step runs: install them first.
  ensurePipelineTools((line) => console.error(line));
  try {
    const entry = createRequire(path.join(PIPELINE_TOOLS_DIR, "package.json")).resolve(name);
    return (await import(pathToFileURL(entry).href)) as T;
  } catch (error) {
    throw new Error(
      `the basemap and territory steps need ${name}, which is not installed: run \`npm ci --prefix pipeline/tools\` (${String(error)})`,
    );
  }
}

let loaded: Promise<typeof Mapshaper> | undefined;

export function loadMapshaper(): Promise<typeof Mapshaper> {
  loaded ??= importPipelineTool<{ default: typeof Mapshaper }>("mapshaper").then(
    (m) => m.default,
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
