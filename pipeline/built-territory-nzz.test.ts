// NZZ in the committed territory.json: like for like by default, its listed method changes applied
// and measured (issue #20). The tolerances are this test's own; no figure of the data is typed here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { methodChangesFileSchema } from "../src/data/schemas/method-changes";
import { territoryFileSchema } from "../src/data/schemas/territory";

const DATA = join(import.meta.dirname, "../public/data");
const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), "utf8")) as unknown;

describe.runIf(existsSync(join(DATA, "territory.json")))("built territory.json: NZZ's method changes", () => {
  const file = territoryFileSchema.parse(read("territory.json"));
  const changes = methodChangesFileSchema
    .parse(read("method-changes.json"))
    .changes.filter((c) => c.source === "nzz");
  const measure = (id: string) => file.methodChanges!.find((m) => m.id === id)!;
  const definition = changes.find((c) => c.handlingKind === "likeForLike")!;

  it("measures every listed NZZ change", () => {
    expect(file.methodChanges!.map((m) => m.id).sort()).toEqual(changes.map((c) => c.id).sort());
    for (const m of file.methodChanges!) expect(m.figures.length).toBeGreaterThan(0);
  });

  it("shows no Ukrainian gain like for like on the day NZZ dropped the pre-2022 areas, in every box", () => {
    const day = measure(definition.id).day;
    const i = file.nzz.dates.indexOf(day);
    const published = file.nzzAsPublished!;
    // As published, the day reads as ground retaken; like for like at most 50 km² per sector box
    // and 1 % of the published drop over all of Ukraine.
    expect(published.lostKm2[i]!).toBeGreaterThan(file.discontinuityThresholdKm2);
    expect(file.nzz.lostKm2[i]!).toBeLessThan(0.01 * published.lostKm2[i]!);
    for (const [id, sector] of Object.entries(file.nzz.sectors))
      expect(sector.lostKm2[i]!, id).toBeLessThan(50);
  });

  it("gives the map's held area and the comparison's like-for-like figure as one number", () => {
    expect(file.likeForLike!.nzz.allOccupiedKm2).toEqual(file.nzz.occupiedKm2);
  });

  it("carries the last good day over the broken file's days and lists them", () => {
    const broken = changes.find((c) => c.handlingKind === "excluded")!;
    expect(file.nzz.excludedDays![0]).toBe(broken.from);
    expect(file.nzz.excludedDays!.at(-1)).toBe(broken.to);
    const first = file.nzz.dates.indexOf(broken.from);
    for (const d of file.nzz.excludedDays!) {
      const i = file.nzz.dates.indexOf(d);
      expect(file.nzz.carried[i]).toBe(true);
      expect(file.nzz.occupiedKm2[i]).toBe(file.nzz.occupiedKm2[first - 1]);
    }
  });

  it("counts no gain or loss on the listed redraw day", () => {
    const redraw = changes.find((c) => c.kind === "definition" && c.handlingKind === "marked")!;
    const i = file.nzz.dates.indexOf(measure(redraw.id).day);
    expect([file.nzz.gainedKm2[i], file.nzz.lostKm2[i]]).toEqual([null, null]);
  });

  it("keys NZZ by its own dates and says what window each update covers", () => {
    const w = file.nzz.windowFrom!;
    file.nzz.dates.forEach((d, i) => {
      if (w[i] !== null) expect(w[i]! <= d).toBe(true);
      if (file.nzz.carried[i]) expect(w[i]).toBeNull();
    });
  });
});

describe.runIf(existsSync(join(DATA, "territory.json")))(
  "built territory.json: NZZ's coastal-strip redraw",
  () => {
    const territory = territoryFileSchema.parse(read("territory.json"));
    it("is no fall of the held area like for like, and a fall as published", () => {
      const measure = territory.methodChanges!.find((m) => m.id === "nzz-2023-05-23-coastal-strip")!;
      const figure = (label: string) => measure.figures.find((f) => f.label === label)!.value;
      const published = figure("held area change as published (Crimea added)");
      const likeForLike = figure("held area change like for like (the strip kept)");
      // The strip's ground inside Ukraine falls out as published; like for like it is kept.
      expect(published).toBeLessThan(0);
      expect(likeForLike).toBe(0);
      const i = territory.nzz.dates.indexOf(measure.day);
      expect(territory.nzz.occupiedKm2[i]! - territory.nzz.occupiedKm2[i - 1]!).toBeCloseTo(likeForLike, 1);
    });
  },
);
