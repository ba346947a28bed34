// `npm run data`: rebuilds public/data from the raw snapshots (see public/data/README.md).
//   npm run data                         all steps, raw folder ../shared/data
//   npm run data -- --raw DIR            another raw folder (or env RAW_DATA_DIR)
//   npm run data -- --only losses,oryx   rebuild some steps, keep the other existing outputs
//   npm run data -- --check              build into a temp folder; fail if the committed files differ
//   npm run data -- --allow-shrink       publish a series shorter than the published one (default: stop)
//   npm run data -- --build-date DAY     the build day no date may pass (or env BUILD_DATE; default today, UTC)
// On any error: prints `file: reason`, exits 1, and leaves public/data untouched.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RawDataError } from "./types";
import { runBuild, type RegisteredStep } from "./lib/run-build";
import { formatReport } from "./lib/report";
import { createProgress } from "./lib/progress";
import { buildLosses } from "./steps/losses";
import { buildEvents } from "./steps/curated/events";
import { buildClaims } from "./steps/curated/claims";
import { buildMethodChanges } from "./steps/curated/method-changes";
import { buildOryx } from "./steps/oryx/oryx";
import { buildPlaces } from "./steps/basemap/places";
import { buildTerritory } from "./steps/territory/territory";
import { buildBasemap } from "./steps/basemap/basemap";
import { ensurePipelineTools } from "./ensure-pipeline-tools";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every step, in run order. `owns` lists what each replaces under public/data. */
export const STEPS: RegisteredStep[] = [
  { name: "losses", run: buildLosses, owns: ["losses.json"] },
  { name: "oryx", run: buildOryx, owns: ["oryx.json"] },
  { name: "events", run: buildEvents, owns: ["events.json"] },
  { name: "places", run: buildPlaces, owns: ["places.json"] },
  { name: "claims", run: buildClaims, owns: ["claims.json"] },
  { name: "methodChanges", run: buildMethodChanges, owns: ["method-changes.json"] },
  { name: "basemap", run: buildBasemap, owns: ["basemap.json"] },
  // Territory (H2, slow): territory.json and the lazily loaded map geometry.
  // Started first (see offThread): its worker threads then run alongside the steps above.
  {
    name: "territory",
    run: buildTerritory,
    owns: ["territory.json", "map/", "place-history.json"],
    offThread: true,
  },
];

export interface CliOptions {
  rawDir: string;
  only: string[] | undefined;
  check: boolean;
  outDir: string;
  allowShrink: boolean;
  /** Undefined: today (UTC), decided by the driver. */
  buildDate: string | undefined;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const options: CliOptions = {
    rawDir: env.RAW_DATA_DIR ?? path.resolve(PROJECT_ROOT, "../shared/data"),
    only: undefined,
    check: false,
    outDir: path.join(PROJECT_ROOT, "public/data"),
    allowShrink: false,
    buildDate: env.BUILD_DATE || undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new RawDataError(String(arg), "needs a value");
      return v;
    };
    if (arg === "--raw") options.rawDir = path.resolve(value());
    else if (arg === "--out") options.outDir = path.resolve(value());
    else if (arg === "--only")
      options.only = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (arg === "--check") options.check = true;
    else if (arg === "--allow-shrink") options.allowShrink = true;
    else if (arg === "--build-date") options.buildDate = value();
    else
      throw new RawDataError(
        String(arg),
        "unknown option (use --raw DIR, --only a,b, --check, --out DIR, --allow-shrink, --build-date YYYY-MM-DD)",
      );
  }
  return options;
}

async function main(): Promise<number> {
  try {
    const options = parseArgs(process.argv.slice(2));
    console.log(
      `raw data: ${options.rawDir}\noutput:   ${options.outDir}${options.check ? " (check only)" : ""}`,
    );
    // The basemap and territory steps need mapshaper, installed apart from the app (pipeline/tools).
    ensurePipelineTools((line) => console.error(line));
    const result = await runBuild({
      ...options,
      steps: STEPS,
      progress: createProgress(),
      log: (line) => console.error(line),
    });
    console.log(formatReport(result));
    if (options.check) {
      if (result.differences.length > 0) {
        console.error(
          `public/data is out of date (${result.differences.length} file(s)); run \`npm run data\`:`,
        );
        for (const d of result.differences) console.error(`  ${d}`);
        return 1;
      }
      console.log("check: committed public/data matches a fresh build");
    }
    return 0;
  } catch (error) {
    if (error instanceof RawDataError) console.error(`${error.file}: ${error.reason}`);
    else console.error(error);
    console.error("public/data was left unchanged.");
    return 1;
  }
}

// Run only as a script (tests import STEPS and parseArgs).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
