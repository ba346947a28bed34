import type { IsoDate } from "../../data/schemas/common";
import { makeSource } from "../../data/test-builders";
import { deriveDataAges } from "./derive-data-ages";

const d = (s: string) => s as IsoDate;

describe("deriveDataAges", () => {
  const sources = [
    makeSource({ id: "a", name: "Source A, long name", shortName: "A", lastDate: d("2026-12-01") }),
    makeSource({ id: "b", name: "Source B", lastDate: d("2026-11-10") }),
    makeSource({
      id: "a-old",
      name: "Source A archive",
      shortName: "A archive",
      lastDate: d("2025-08-03"),
      endNote: "the archive stopped",
      continuedBy: "a",
    }),
    makeSource({ id: "ref", name: "Gazetteer", lastDate: d("2026-12-06"), kind: "reference" }),
  ];
  const ages = deriveDataAges(sources, { buildDate: d("2026-12-05"), today: d("2026-12-07") });

  it("lists each running dated source, newest first, with its age on the reader's day", () => {
    expect(ages.sources.map((s) => [s.name, s.lastDate, s.ageDays, s.behindBuildDays, s.stale])).toEqual([
      ["A", "2026-12-01", 6, 4, false],
      ["Source B", "2026-11-10", 27, 25, true],
    ]);
    expect(ages.newest).toBe("2026-12-01");
  });

  it("lists a stopped source under the one that continues it, with why it stopped", () => {
    expect(ages.sources[0]?.continues).toEqual([
      { name: "A archive", lastDate: "2025-08-03", endNote: "the archive stopped" },
    ]);
    expect(ages.sources.some((s) => s.id === "a-old")).toBe(false);
  });

  it("keeps a stopped source on its own when its continuation is not in the dataset", () => {
    const alone = deriveDataAges([sources[2]!], { buildDate: d("2026-12-05"), today: d("2026-12-05") });
    expect(alone.sources.map((s) => [s.name, s.behindBuildDays, s.stale])).toEqual([
      ["A archive", 489, true],
    ]);
  });
});
