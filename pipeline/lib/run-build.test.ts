import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RawDataError } from "../types";
import { makeTempDir, writeRawDir } from "../fixtures/raw-dir";
import { buildLosses } from "../steps/losses";
import { buildOryx } from "../steps/oryx/oryx";
import { buildEvents } from "../steps/curated/events";
import { listFiles, runBuild, swapIn, type RegisteredStep } from "./run-build";
import { silentProgress } from "./progress";

const STEPS: RegisteredStep[] = [
  { name: "losses", run: buildLosses, owns: ["losses.json"] },
  { name: "oryx", run: buildOryx, owns: ["oryx.json"] },
  { name: "events", run: buildEvents, owns: ["events.json"] },
];

function setup() {
  const root = makeTempDir();
  const rawDir = writeRawDir(path.join(root, "raw"));
  const outDir = path.join(root, "public/data");
  const build = (extra: { only?: string[]; check?: boolean } = {}) =>
    runBuild({ rawDir, outDir, steps: STEPS, progress: silentProgress, ...extra });
  const snapshot = () =>
    Object.fromEntries(listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), "utf8")]));
  return { root, rawDir, outDir, build, snapshot };
}

describe("runBuild", () => {
  it("writes every step's file plus a manifest listing them with the sources' date bounds", async () => {
    const { outDir, build } = setup();
    await build();
    expect(listFiles(outDir)).toEqual(["events.json", "losses.json", "manifest.json", "oryx.json"]);
    const manifest = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8"));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
      "events.json",
      "losses.json",
      "oryx.json",
    ]);
    expect(manifest.sources.map((s: { id: string }) => s.id)).toEqual([
      "curated-events",
      "general-staff",
      "oryx",
    ]);
    // Oryx runs on into the daily files (fixtures/raw-dir.ts ORYX_DAILY: one day after the history).
    expect(manifest.bounds).toEqual({ from: "2022-04-29", to: "2023-01-05" });
  });

  it("gives byte-identical files when run twice", async () => {
    const { build, snapshot } = setup();
    await build();
    const first = snapshot();
    await build();
    expect(snapshot()).toEqual(first);
  });

  it("leaves the previous output untouched when a raw file is corrupt, and names it", async () => {
    const { rawDir, outDir, build, snapshot } = setup();
    await build();
    const before = snapshot();
    writeFileSync(
      path.join(rawDir, "oryx/totals_by_type_history.csv"),
      "snapshot_utc,country\n2023-01-01T11:35:00Z,Russia\n",
    );
    const error = await build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RawDataError);
    expect((error as RawDataError).file).toBe(path.join(rawDir, "oryx/totals_by_type_history.csv"));
    expect(snapshot()).toEqual(before);
    // No temporary folder is left behind next to the output.
    expect(listFiles(path.dirname(outDir)).filter((f) => !f.startsWith("data/"))).toEqual([]);
  });

  it("with --only, rebuilds the chosen step and keeps other files (and lists them in the manifest)", async () => {
    const { outDir, build } = setup();
    await build({ only: ["losses"] });
    writeFileSync(path.join(outDir, "other.json"), JSON.stringify({ sources: [] }));
    await build({ only: ["events"] });
    expect(listFiles(outDir)).toEqual(["events.json", "losses.json", "manifest.json", "other.json"]);
    const manifest = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8"));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
      "events.json",
      "losses.json",
      "other.json",
    ]);
  });

  it.each([["territory.json"], ["map/index.json"], ["map/deepstate-2023-01-01.json"]])(
    "validates %s with the app's schema before publishing it",
    async (file) => {
      const { rawDir, outDir, snapshot } = setup();
      const territory: RegisteredStep = {
        name: "territory",
        run: async () => ({ files: [{ path: file, content: "{}" }], report: { title: "t", lines: [] } }),
        owns: ["territory.json", "map/"],
      };
      const steps = [...STEPS, territory];
      await runBuild({ rawDir, outDir, steps, only: ["losses"], progress: silentProgress });
      const before = snapshot();
      const error = await runBuild({ rawDir, outDir, steps, progress: silentProgress }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RawDataError);
      expect((error as RawDataError).file).toBe(`public/data/${file}`);
      expect((error as RawDataError).reason).toMatch(/fails its schema/);
      expect(snapshot()).toEqual(before);
    },
  );

  it("runs the app's semantic check too: a total that falls with no fall listed is not published", async () => {
    const { rawDir, outDir, snapshot } = setup();
    await runBuild({ rawDir, outDir, steps: STEPS, progress: silentProgress });
    const before = snapshot();
    const losses: RegisteredStep = {
      name: "losses",
      run: async (ctx) => {
        const built = await buildLosses(ctx);
        const file = built.files[0]!;
        const json = JSON.parse(file.content as string) as {
          generalStaff: { cumulative: { tank: number[] } };
        };
        const tank = json.generalStaff.cumulative.tank;
        tank[2] = tank[1]! - 1;
        return { ...built, files: [{ ...file, content: JSON.stringify(json) }] };
      },
      owns: ["losses.json"],
    };
    const error = await runBuild({ rawDir, outDir, steps: [losses], progress: silentProgress }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RawDataError);
    expect((error as RawDataError).reason).toMatch(
      /^fails a check \(totals fall only where the file lists the fall\): tank falls/,
    );
    expect(snapshot()).toEqual(before);
  });

  it("rejects an unknown step name", async () => {
    const { build } = setup();
    await expect(build({ only: ["nope"] })).rejects.toThrow(/unknown step "nope"/);
  });

  it("--check reports committed files that differ from a fresh build, without touching them", async () => {
    const { outDir, build } = setup();
    await build();
    expect((await build({ check: true })).differences).toEqual([]);
    writeFileSync(path.join(outDir, "losses.json"), "{}\n");
    const result = await build({ check: true });
    expect(result.differences).toEqual(["losses.json: differs"]);
    expect(readFileSync(path.join(outDir, "losses.json"), "utf8")).toBe("{}\n");
    expect(existsSync(outDir)).toBe(true);
  });

  it("runs the other steps while an off-thread step waits, and reports every step in registration order", async () => {
    const { rawDir, outDir } = setup();
    const started: string[] = [];
    let sawOthersStart = false;
    const steps: RegisteredStep[] = [
      STEPS[0]!,
      {
        name: "quick",
        owns: ["quick.txt"],
        run: async () => {
          started.push("quick");
          return { files: [{ path: "quick.txt", content: "q" }], report: { title: "quick", lines: [] } };
        },
      },
      {
        name: "workers",
        owns: ["workers.txt"],
        offThread: true,
        run: async (ctx) => {
          started.push("workers");
          ctx.detach?.(); // its work is now on other threads
          await new Promise((resolve) => setImmediate(resolve));
          sawOthersStart = started.includes("quick");
          return {
            files: [{ path: "workers.txt", content: "w", gzipBytes: 21 }],
            report: { title: "workers", lines: [] },
          };
        },
      },
    ];
    const result = await runBuild({ rawDir, outDir, steps, progress: silentProgress });
    expect(started).toEqual(["workers", "quick"]);
    expect(sawOthersStart).toBe(true);
    expect(result.sections.map((s) => s.title)).toEqual([
      expect.stringMatching(/losses/),
      "quick",
      "workers",
    ]);
    expect(readFileSync(path.join(outDir, "workers.txt"), "utf8")).toBe("w");
    // A size the step measured is reported as it gave it, not measured again.
    expect(result.sizes.find((s) => s.path === "workers.txt")?.gzipBytes).toBe(21);
  });
});

describe("runBuild cleanup", () => {
  it("removes a temp folder left by a dead run, not one of a build still running", async () => {
    const { outDir, build } = setup();
    const parent = path.dirname(outDir);
    // pid 2^22 + 1 is above Linux's pid_max, so no process has it; process.ppid is alive.
    for (const name of [".data-build-4194305-abc", `.data-build-${process.ppid}-def`]) {
      mkdirSync(path.join(parent, name), { recursive: true });
      writeFileSync(path.join(parent, name, "losses.json"), "{}");
    }
    await build();
    expect(listFiles(parent).filter((f) => f.startsWith(".data-build-"))).toEqual([
      `.data-build-${process.ppid}-def/losses.json`,
    ]);
  });
});

describe("swapIn", () => {
  it("puts the previous folder back if the new one cannot be moved in", async () => {
    const { outDir, build, snapshot } = setup();
    await build();
    const before = snapshot();
    expect(() => swapIn(path.join(path.dirname(outDir), "does-not-exist"), outDir)).toThrow(/ENOENT/);
    expect(snapshot()).toEqual(before);
  });
});
