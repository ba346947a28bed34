// Runs the territory step alone and writes its files into public/data (or --out DIR), for working
// on this step without the whole `npm run data`. Usage: npx tsx pipeline/steps/run-territory.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { RawDataError } from "../types";
import type { Progress } from "../types";
import { buildTerritory } from "./territory";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rawDir = resolve(arg("--raw") ?? process.env.RAW_DATA_DIR ?? "../shared/data");
const outDir = resolve(arg("--out") ?? "public/data");

let total = 0;
let done = 0;
let started = 0;
const progress: Progress = {
  start(label, n) {
    total = n;
    done = 0;
    started = Date.now();
    process.stderr.write(`${label}: ${n}\n`);
  },
  tick(by = 1) {
    done += by;
    if (done % 100 === 0 || done === total) {
      const eta = ((Date.now() - started) / done) * (total - done);
      process.stderr.write(`  ${done}/${total} ETA ${(eta / 1000).toFixed(0)} s\n`);
    }
  },
  stop() {},
};

try {
  const { files, report } = await buildTerritory({ rawDir, progress });
  for (const f of files) {
    const path = join(outDir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  console.log(`## ${report.title}\n${report.lines.join("\n")}`);
} catch (e) {
  if (e instanceof RawDataError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
