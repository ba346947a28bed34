// leedrake5/Russia-Ukraine: Oryx's totals by type, one CSV a day (data/byType/YYYY-MM-DD.csv),
// copied as published into oryx-daily/YYYY-MM-DD.csv.
import { checkOryxDailyCsv } from "../checks";
import { dayFromName, type DailySource } from "./types";

export const oryxDailySource: DailySource = {
  kind: "daily",
  id: "oryx-daily",
  folder: "oryx-daily",
  upstreamPath: (day) => `data/byType/${day}.csv`,
  localName: (day) => `${day}.csv`,
  dayOf: (name) => dayFromName(name, ".csv"),
  prepare(text, day) {
    const problem = checkOryxDailyCsv(text, day);
    return problem ? { problem } : { text };
  },
  // day, upstream_commit, chars, re_read_equal (left empty: a fetched file is read once).
  listing: { file: "SOURCES.tsv", row: (day, text, commit) => `${day}\t${commit ?? ""}\t${text.length}\t` },
};
