import { describe, expect, it } from "vitest";
import { eventsFileSchema } from "./schemas/events";
import { lossesFileSchema } from "./schemas/losses";
import { manifestFileSchema } from "./schemas/manifest";
import { makeEventsFile, makeGeneralStaff, makeLossesFile, makeManifest } from "./test-builders";

describe("test builders", () => {
  it("make files that pass the app's own schemas", () => {
    expect(manifestFileSchema.safeParse(makeManifest()).success).toBe(true);
    expect(eventsFileSchema.safeParse(makeEventsFile()).success).toBe(true);
    const gs = makeGeneralStaff({ start: "2023-07-30", tank: [1, 2, 3], personnel: [10, 20] });
    expect(lossesFileSchema.safeParse(makeLossesFile(gs)).error).toBeUndefined();
  });

  it("lays a General Staff series out day by day, padding with not-reported days", () => {
    const gs = makeGeneralStaff({ start: "2023-07-30", tank: [1, 2, 3], personnel: [10, 20] });
    expect(gs.dates).toEqual(["2023-07-30", "2023-07-31", "2023-08-01"]);
    expect(gs.cumulative.tank).toEqual([1, 2, 3]);
    expect(gs.cumulative.personnel).toEqual([10, 20, null]);
    expect(gs.cumulative.drone).toEqual([null, null, null]);
  });
});
