// mapshaper (polygon simplification, batch clipping, robust fallbacks) lives in
// pipeline/tools/package.json, not the app's: the app's `npm ci` stays small, and `npm run data` or the
// unit tests install it on first use (ensure-pipeline-tools.ts). It is loaded from there explicitly,
// so its own dependencies never shadow the pipeline's.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type Mapshaper from "mapshaper";
import { PIPELINE_TOOLS_DIR } from "../ensure-pipeline-tools";

let loaded: Promise<typeof Mapshaper> | undefined;

export function loadMapshaper(): Promise<typeof Mapshaper> {
  loaded ??= (async () => {
    try {
      const entry = createRequire(path.join(PIPELINE_TOOLS_DIR, "package.json")).resolve("mapshaper");
      return ((await import(pathToFileURL(entry).href)) as { default: typeof Mapshaper }).default;
    } catch (error) {
      loaded = undefined;
      throw new Error(
        `the basemap and territory steps need mapshaper, which is not installed: run \`npm ci --prefix pipeline/tools\` (${String(error)})`,
      );
    }
  })();
  return loaded;
}
