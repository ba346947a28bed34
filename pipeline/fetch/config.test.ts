import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../fixtures/raw-dir";
import { DEFAULT_CONFIG } from "./config";
import { parseFetchArgs } from "./main";

describe("parseFetchArgs", () => {
  it("defaults to the public upstreams", () => {
    const { config, seedDir } = parseFetchArgs([], {});
    expect(config.sources.nzz.base).toBe(
      "https://raw.githubusercontent.com/conflict-investigations/nzz-maps",
    );
    expect(config.githubApi).toBe("https://api.github.com");
    expect(path.basename(seedDir!)).toBe("data");
  });

  it("lets the CLI beat the environment, which beats the config file", () => {
    const file = path.join(makeTempDir("fetch-config-"), "fetch.json");
    writeFileSync(
      file,
      JSON.stringify({ sources: { nzz: { base: "http://127.0.0.1:1/file" } }, retries: 7 }),
    );
    const env = {
      FETCH_BASE_NZZ: "http://127.0.0.1:1/env",
      FETCH_BASE_ORYX_DAILY: "http://127.0.0.1:1/oryx/",
    };
    const fromEnv = parseFetchArgs(["--config", file], env).config;
    expect(fromEnv.sources.nzz.base).toBe("http://127.0.0.1:1/env");
    expect(fromEnv.sources["oryx-daily"].base).toBe("http://127.0.0.1:1/oryx");
    expect(fromEnv.retries).toBe(7);
    const fromCli = parseFetchArgs(
      ["--config", file, "--base", "nzz=http://127.0.0.1:1/cli", "--no-github-api"],
      env,
    );
    expect(fromCli.config.sources.nzz.base).toBe("http://127.0.0.1:1/cli");
    expect(fromCli.config.githubApi).toBeNull();
    expect(fromCli.config.sources["general-staff"]).toEqual(DEFAULT_CONFIG.sources["general-staff"]);
  });

  it("names a bad config value", () => {
    const file = path.join(makeTempDir("fetch-config-"), "fetch.json");
    writeFileSync(file, JSON.stringify({ retries: -1 }));
    expect(() => parseFetchArgs(["--config", file], {})).toThrow(`${file}: invalid fetch config at retries`);
    expect(() => parseFetchArgs(["--base", "oryx=http://x"], {})).toThrow("--base: use --base SOURCE=URL");
  });
});
