// conflict-investigations/nzz-maps: NZZ's front-line map, one pretty-printed JSON a day
// (data/YYYY-MM-DD.json). The raw layout keeps it minified and gzipped (territory/nzz/YYYY-MM-DD.json.gz)
// and leaves out a day identical to the one before (the pipeline carries the previous day forward).
import { checkNzz, parseJson } from "../checks";
import { dayFromName, type DailySource } from "./types";

export const nzzSource: DailySource = {
  kind: "daily",
  id: "nzz",
  folder: "territory/nzz",
  upstreamPath: (day) => `data/${day}.json`,
  localName: (day) => `${day}.json.gz`,
  dayOf: (name) => dayFromName(name, ".json.gz"),
  prepare(text, day) {
    const parsed = parseJson(text);
    if ("problem" in parsed) return parsed;
    const problem = checkNzz(parsed.value, day);
    return problem ? { problem } : { text: JSON.stringify(parsed.value) };
  },
  skipRepeats: true,
};
