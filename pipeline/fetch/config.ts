// Where `npm run data:fetch` reads each upstream, and how hard it tries. Defaults are the real public
// repositories (see ../shared/data/README.md); every value can be overridden by a JSON file
// (`--config FILE`), by environment variables (FETCH_BASE_<SOURCE>, FETCH_GITHUB_API, …) and by CLI
// options, in that order of precedence (CLI wins). The tests point every base at 127.0.0.1.
import { readFileSync } from "node:fs";
import { z } from "zod/mini";
import { isValidIsoDate } from "../lib/dates";
import { RawDataError } from "../types";

export const SOURCE_IDS = ["general-staff", "oryx-daily", "nzz", "deepstate-occupied"] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface SourceConfig {
  /** Static base of the repository's raw files; a file's URL is `${base}/${ref}/${path}`. */
  base: string;
  /** `owner/name` on GitHub, to ask the API which commit `ref` is (null: never ask). */
  repo: string | null;
  /** Branch, tag or commit; "HEAD" is the default branch. Replaced by the resolved commit when known. */
  ref: string;
  /** Per-day sources: the first day to probe when the local folder has none (upstream's first file). */
  start: string;
}

export interface FetchConfig {
  sources: Record<SourceId, SourceConfig>;
  /** GitHub REST API root for resolving commits, or null to skip it (then every commit is null). */
  githubApi: string | null;
  /** Attempts after the first, for a 5xx, 429, timeout or network error. */
  retries: number;
  /** Wait before the first retry, in ms; doubles on each further retry (exponential backoff). */
  backoffMs: number;
  /** Per-request timeout, in ms. */
  timeoutMs: number;
  /** Requests in flight at once for a per-day source. */
  concurrency: number;
}

const RAW = "https://raw.githubusercontent.com";

export const DEFAULT_CONFIG: FetchConfig = {
  sources: {
    "general-staff": {
      base: `${RAW}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset`,
      repo: "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      ref: "HEAD",
      start: "2022-02-25",
    },
    // One CSV a day, data/byType/YYYY-MM-DD.csv; the raw folder holds it from the day the
    // scarnecchia/oryx_data history (oryx/) stops.
    "oryx-daily": {
      base: `${RAW}/leedrake5/Russia-Ukraine`,
      repo: "leedrake5/Russia-Ukraine",
      ref: "HEAD",
      start: "2025-07-19",
    },
    // data/YYYY-MM-DD.json, one a day since 2022-02-24 (pretty-printed, ~0.9 MB each).
    nzz: {
      base: `${RAW}/conflict-investigations/nzz-maps`,
      repo: "conflict-investigations/nzz-maps",
      ref: "HEAD",
      start: "2022-02-24",
    },
    // data/deepstatemap_data_YYYYMMDD.geojson, one a day since 2024-07-08.
    "deepstate-occupied": {
      base: `${RAW}/cyterat/deepstate-map-data`,
      repo: "cyterat/deepstate-map-data",
      ref: "HEAD",
      start: "2024-07-08",
    },
  },
  githubApi: "https://api.github.com",
  retries: 4,
  backoffMs: 1000,
  timeoutMs: 60_000,
  concurrency: 4,
};

const sourceOverrideSchema = z.partial(
  z.object({
    base: z.string(),
    repo: z.nullable(z.string()),
    ref: z.string(),
    start: z.string(),
  }),
);

const configFileSchema = z.partial(
  z.object({
    sources: z.partialRecord(z.enum(SOURCE_IDS), sourceOverrideSchema),
    githubApi: z.nullable(z.string()),
    retries: z.int().check(z.nonnegative()),
    backoffMs: z.number().check(z.nonnegative()),
    timeoutMs: z.number().check(z.positive()),
    concurrency: z.int().check(z.positive()),
  }),
);
export type ConfigOverrides = z.infer<typeof configFileSchema>;

/** Applies overrides (a config file's content, or the env/CLI ones) on top of `base`. */
export function mergeConfig(base: FetchConfig, overrides: ConfigOverrides): FetchConfig {
  const sources = { ...base.sources };
  for (const id of SOURCE_IDS) {
    sources[id] = { ...sources[id], ...overrides.sources?.[id] };
  }
  const merged: FetchConfig = {
    sources,
    githubApi: overrides.githubApi === undefined ? base.githubApi : overrides.githubApi,
    retries: overrides.retries ?? base.retries,
    backoffMs: overrides.backoffMs ?? base.backoffMs,
    timeoutMs: overrides.timeoutMs ?? base.timeoutMs,
    concurrency: overrides.concurrency ?? base.concurrency,
  };
  for (const id of SOURCE_IDS) {
    const s = merged.sources[id];
    if (!/^https?:\/\//.test(s.base))
      throw new RawDataError(`config: ${id}.base`, `not an http(s) URL: ${s.base}`);
    if (!isValidIsoDate(s.start))
      throw new RawDataError(`config: ${id}.start`, `not a YYYY-MM-DD date: ${s.start}`);
    s.base = s.base.replace(/\/+$/, "");
  }
  if (merged.githubApi !== null) merged.githubApi = merged.githubApi.replace(/\/+$/, "");
  return merged;
}

export function readConfigFile(file: string): ConfigOverrides {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new RawDataError(file, `cannot read the fetch config (${(error as Error).message})`);
  }
  const parsed = configFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawDataError(
      file,
      `invalid fetch config at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** `general-staff` → `FETCH_BASE_GENERAL_STAFF`. */
export function envName(prefix: string, id: SourceId): string {
  return `${prefix}_${id.toUpperCase().replace(/-/g, "_")}`;
}

/**
 * Overrides from the environment: FETCH_BASE_<SOURCE>, FETCH_REF_<SOURCE>, FETCH_GITHUB_API (empty or
 * "none": do not ask the API), FETCH_RETRIES, FETCH_BACKOFF_MS, FETCH_TIMEOUT_MS.
 */
export function envOverrides(env: NodeJS.ProcessEnv): ConfigOverrides {
  const sources: NonNullable<ConfigOverrides["sources"]> = {};
  for (const id of SOURCE_IDS) {
    const base = env[envName("FETCH_BASE", id)];
    const ref = env[envName("FETCH_REF", id)];
    if (base || ref) sources[id] = { ...(base ? { base } : {}), ...(ref ? { ref } : {}) };
  }
  const num = (name: string) => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new RawDataError(name, `not a non-negative number: ${v}`);
    return n;
  };
  const api = env.FETCH_GITHUB_API;
  return {
    sources,
    ...(api === undefined ? {} : { githubApi: api === "" || api === "none" ? null : api }),
    ...(num("FETCH_RETRIES") === undefined ? {} : { retries: Math.round(num("FETCH_RETRIES")!) }),
    ...(num("FETCH_BACKOFF_MS") === undefined ? {} : { backoffMs: num("FETCH_BACKOFF_MS")! }),
    ...(num("FETCH_TIMEOUT_MS") === undefined ? {} : { timeoutMs: num("FETCH_TIMEOUT_MS")! }),
  };
}
