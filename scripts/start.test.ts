// `npm start` on a machine without a desktop: the preview server prints its URL and nothing else,
// and never tries to open a browser (xdg-open is missing there, and spawning it printed a stack trace).
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

it("serves the build and prints only its URL, opening no browser", async () => {
  const start: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.start;
  // The server half of the script (the build half is `vite build`, checked by every e2e run).
  const serve = start.split("&&").at(-1)!.trim().split(/\s+/);
  expect(serve[0]).toBe("vite");
  const dir = mkdtempSync(join(tmpdir(), "start-test-"));
  try {
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
    // A stand-in for the desktop's opener: it records that it was called.
    const opened = join(dir, "opened");
    writeFileSync(join(dir, "xdg-open"), `#!/bin/sh\necho "$@" >> '${opened}'\n`);
    chmodSync(join(dir, "xdg-open"), 0o755);
    const child = spawn(join(root, "node_modules/.bin/vite"), [...serve.slice(1), "--outDir", dir], {
      cwd: root,
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, DISPLAY: "", BROWSER: "", NO_COLOR: "1" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed within 20 s:\n${out}${err}`)), 20_000);
      child.stdout.on("data", () => {
        if (/Local:\s+http:\/\/localhost:\d+\//.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    // An opener would be spawned right after the URL is printed: give it the time to show up.
    await new Promise((r) => setTimeout(r, 1500));
    child.kill();
    const lines = out.trim().split("\n");
    expect(lines.map((l) => l.trim())).toEqual([
      expect.stringMatching(/^➜ {2}Local: {3}http:\/\/localhost:\d+\/$/),
      "➜  Network: use --host to expose",
    ]);
    expect(err).toBe("");
    expect(() => readFileSync(opened, "utf8")).toThrow(/ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
