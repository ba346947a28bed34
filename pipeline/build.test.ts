import path from "node:path";
import { parseArgs, PROJECT_ROOT, STEPS } from "./build";

describe("parseArgs", () => {
  it("defaults to ../shared/data and public/data relative to the project root", () => {
    const options = parseArgs([], {});
    expect(options.rawDir).toBe(path.resolve(PROJECT_ROOT, "../shared/data"));
    expect(options.outDir).toBe(path.join(PROJECT_ROOT, "public/data"));
    expect(options.check).toBe(false);
  });

  it("takes the raw folder from RAW_DATA_DIR, and --raw over it", () => {
    expect(parseArgs([], { RAW_DATA_DIR: "/data/fresh" }).rawDir).toBe("/data/fresh");
    expect(parseArgs(["--raw", "/data/other"], { RAW_DATA_DIR: "/data/fresh" }).rawDir).toBe("/data/other");
  });

  it("parses --only and --check, and rejects unknown options", () => {
    expect(parseArgs(["--only", "losses, oryx", "--check"], {})).toMatchObject({
      only: ["losses", "oryx"],
      check: true,
    });
    expect(() => parseArgs(["--fast"], {})).toThrow(/unknown option/);
    expect(() => parseArgs(["--raw"], {})).toThrow(/needs a value/);
  });

  it("takes the build day from BUILD_DATE, --build-date over it, and --allow-shrink", () => {
    expect(parseArgs([], {})).toMatchObject({ buildDate: undefined, allowShrink: false });
    expect(parseArgs([], { BUILD_DATE: "2024-01-31" }).buildDate).toBe("2024-01-31");
    expect(parseArgs(["--build-date", "2024-02-01"], { BUILD_DATE: "2024-01-31" }).buildDate).toBe(
      "2024-02-01",
    );
    expect(parseArgs(["--allow-shrink"], {}).allowShrink).toBe(true);
  });

  it("registers each step once, with disjoint outputs", () => {
    const owned = STEPS.flatMap((s) => s.owns);
    expect(new Set(STEPS.map((s) => s.name)).size).toBe(STEPS.length);
    expect(new Set(owned).size).toBe(owned.length);
  });
});
