import { describe, expect, it } from "vitest";
import { iso } from "../../../data/test-builders";
import { formatDateRange } from "../../../lib/format";
import { deriveMapRange } from "./derive-map-range";

const r = (from: string, to: string) => ({ from: iso(from), to: iso(to) });
const [first, last] = [iso("2022-04-03"), iso("2026-08-22")];

describe("deriveMapRange", () => {
  it("keeps a range inside the maps' days, with no note", () => {
    expect(deriveMapRange(r("2023-06-04", "2023-11-30"), first, last)).toEqual({
      range: r("2023-06-04", "2023-11-30"),
      note: null,
    });
  });

  it("ends a range that runs past the last map on the last map's day, and says so", () => {
    expect(deriveMapRange(r("2025-10-11", "2026-10-10"), first, last)).toEqual({
      range: r("2025-10-11", "2026-08-22"),
      note: `The maps end on 22 Aug 2026, before the range does: the map shows ${formatDateRange(r("2025-10-11", "2026-08-22"))}.`,
    });
  });

  it("shows the last map's day for a range wholly after the maps", () => {
    expect(deriveMapRange(r("2026-09-01", "2026-10-10"), first, last)).toEqual({
      range: r("2026-08-22", "2026-08-22"),
      note: `The maps end on 22 Aug 2026, before the range starts: the map shows ${formatDateRange(r("2026-08-22", "2026-08-22"))}.`,
    });
  });

  it("starts a range that begins before the first map on its day", () => {
    expect(deriveMapRange(r("2022-02-24", "2022-05-01"), first, last)).toEqual({
      range: r("2022-04-03", "2022-05-01"),
      note: `The maps start on 3 Apr 2022, after the range does: the map shows ${formatDateRange(r("2022-04-03", "2022-05-01"))}.`,
    });
  });
});
