// Cross-check of two territory.json files built from the same raw data (e.g. before and after a
// change of polygon engine): for every series of each source, the largest difference on any day and
// the day it occurs, and how many days differ at all. Usage:
//   npx tsx pipeline/compare-territory.ts OLD/territory.json NEW/territory.json
import { readFileSync } from "node:fs";

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

export interface SeriesDiff {
  path: string;
  days: number;
  differing: number;
  maxAbs: number;
  maxDate: string | null;
}

/** Every numeric array aligned with `dates` under `node`, compared day by day (null vs number counts). */
export function compareSeries(a: Json, b: Json, path = ""): SeriesDiff[] {
  const out: SeriesDiff[] = [];
  const datesA = a.dates as string[] | undefined;
  const datesB = b.dates as string[] | undefined;
  for (const [key, va] of Object.entries(a)) {
    const vb = b[key];
    const here = path ? `${path}.${key}` : key;
    if (Array.isArray(va) && Array.isArray(vb) && datesA && datesB && va.length === datesA.length) {
      if (!va.every((x) => x === null || typeof x === "number")) continue;
      const indexB = new Map(datesB.map((d, i) => [d, i]));
      let maxAbs = 0;
      let maxDate: string | null = null;
      let differing = 0;
      va.forEach((x, i) => {
        const j = indexB.get(datesA[i]!);
        const y = j === undefined ? undefined : (vb[j] as number | null);
        if (y === undefined) return;
        if (x === y) return;
        differing++;
        const d = x === null || y === null ? Infinity : Math.abs((x as number) - y);
        if (d > maxAbs) {
          maxAbs = d;
          maxDate = datesA[i]!;
        }
      });
      out.push({ path: here, days: va.length, differing, maxAbs, maxDate });
    } else if (va && vb && typeof va === "object" && typeof vb === "object" && !Array.isArray(va))
      out.push(...compareSeries(va as Json, vb as Json, here));
  }
  return out;
}

if (process.argv[1]?.endsWith("compare-territory.ts")) {
  const [oldFile, newFile] = process.argv.slice(2);
  if (!oldFile || !newFile) throw new Error("usage: compare-territory.ts OLD NEW");
  const diffs = compareSeries(read(oldFile), read(newFile));
  for (const d of diffs)
    console.log(
      `${d.path.padEnd(48)} ${String(d.differing).padStart(5)}/${d.days} days differ; max |Δ| ${
        d.maxAbs === Infinity ? "null vs number" : d.maxAbs.toFixed(1)
      }${d.maxDate ? ` on ${d.maxDate}` : ""}`,
    );
}
