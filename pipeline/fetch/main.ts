// `npm run data:fetch`: brings the newest raw files of every source into a raw folder laid out like
// ../shared/data, then `npm run data -- --raw DIR` builds from it.
//   npm run data:fetch                          into raw/ (gitignored), seeding from ../shared/data
//   npm run data:fetch -- --out DIR --seed DIR  another target / seed folder (--no-seed: none)
//   npm run data:fetch -- --config FILE         JSON overrides of pipeline/fetch/config.ts's defaults
//   npm run data:fetch -- --base nzz=URL        one upstream's base URL (also FETCH_BASE_NZZ=URL)
//   npm run data:fetch -- --no-github-api       do not ask api.github.com for commits (FETCH_GITHUB_API=none)
// Exits 1 with a summary when a file failed; everything that succeeded is kept, and a rerun fetches
// only what is still missing. GITHUB_TOKEN, when set, is sent to the GitHub API (not to raw files).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isValidIsoDate } from "../lib/dates";
import { RawDataError } from "../types";
import {
  DEFAULT_CONFIG,
  envOverrides,
  mergeConfig,
  readConfigFile,
  SOURCE_IDS,
  type ConfigOverrides,
  type FetchConfig,
  type SourceId,
} from "./config";
import { runFetch, type FetchResult } from "./run";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface FetchCli {
  outDir: string;
  seedDir: string | null;
  config: FetchConfig;
  today: string | undefined;
}

export function parseFetchArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): FetchCli {
  let outDir = path.join(PROJECT_ROOT, "raw");
  let seedDir: string | null = env.RAW_SEED_DIR ?? path.resolve(PROJECT_ROOT, "../shared/data");
  let configFile: string | undefined;
  let today: string | undefined;
  const cli: ConfigOverrides & { sources: NonNullable<ConfigOverrides["sources"]> } = { sources: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new RawDataError(arg, "needs a value");
      return v;
    };
    const count = (name: string) => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) throw new RawDataError(name, "needs a non-negative number");
      return n;
    };
    if (arg === "--out") outDir = path.resolve(value());
    else if (arg === "--seed") seedDir = path.resolve(value());
    else if (arg === "--no-seed") seedDir = null;
    else if (arg === "--config") configFile = path.resolve(value());
    else if (arg === "--today") {
      today = value();
      if (!isValidIsoDate(today)) throw new RawDataError("--today", `not a YYYY-MM-DD date: ${today}`);
    } else if (arg === "--base") {
      const [id, ...rest] = value().split("=");
      if (!SOURCE_IDS.includes(id as SourceId) || rest.length === 0)
        throw new RawDataError("--base", `use --base SOURCE=URL with SOURCE one of ${SOURCE_IDS.join(", ")}`);
      cli.sources[id as SourceId] = { base: rest.join("=") };
    } else if (arg === "--no-github-api") cli.githubApi = null;
    else if (arg === "--retries") cli.retries = Math.round(count(arg));
    else if (arg === "--backoff-ms") cli.backoffMs = count(arg);
    else if (arg === "--timeout-ms") cli.timeoutMs = count(arg);
    else
      throw new RawDataError(
        arg,
        "unknown option (use --out DIR, --seed DIR, --no-seed, --config FILE, --base SOURCE=URL, --today YYYY-MM-DD, --no-github-api, --retries N, --backoff-ms N, --timeout-ms N)",
      );
  }
  let config = DEFAULT_CONFIG;
  if (configFile) config = mergeConfig(config, readConfigFile(configFile));
  config = mergeConfig(config, envOverrides(env));
  config = mergeConfig(config, cli);
  return { outDir, seedDir, config, today };
}

export function formatSummary(result: FetchResult): string[] {
  const lines = ["", "fetch summary:"];
  for (const o of result.outcomes) {
    const extra = [
      o.unchanged ? `${o.unchanged} unchanged` : "",
      o.repeats ? `${o.repeats} repeats left out` : "",
      o.notYet.length
        ? `not published yet: ${o.notYet.length === 1 ? o.notYet[0] : `${o.notYet[0]} … ${o.notYet[o.notYet.length - 1]} (${o.notYet.length} days)`}`
        : "",
    ].filter(Boolean);
    lines.push(
      `  ${o.id}: ${o.written.length} new or updated file(s)${extra.length ? `; ${extra.join("; ")}` : ""}`,
    );
  }
  for (const s of result.seeded)
    lines.push(`  seeded ${s.folder}/: ${s.files} file(s) copied from the seed folder`);
  if (result.failures.length === 0) lines.push("all files fetched and checked.");
  else {
    lines.push(`${result.failures.length} failure(s); everything else was kept (rerun to resume):`);
    for (const f of result.failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return lines;
}

async function main(): Promise<number> {
  try {
    const cli = parseFetchArgs(process.argv.slice(2));
    console.log(`raw folder: ${cli.outDir}\nseed:       ${cli.seedDir ?? "(none)"}`);
    const token = process.env.GITHUB_TOKEN;
    const result = await runFetch({
      outDir: cli.outDir,
      seedDir: cli.seedDir,
      config: cli.config,
      ...(cli.today ? { today: cli.today } : {}),
      ...(token ? { apiHeaders: { Authorization: `Bearer ${token}` } } : {}),
      log: (line) => console.error(line),
    });
    for (const line of formatSummary(result)) console.log(line);
    console.log(`then: npm run data -- --raw ${path.relative(process.cwd(), cli.outDir) || "."}`);
    return result.failures.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof RawDataError) console.error(`${error.file}: ${error.reason}`);
    else console.error(error);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
