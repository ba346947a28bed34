import { describe, expect, it } from "vitest";
import { iso, makeManifest, makeSource } from "../../src/data/test-builders";
import type { FetchSummary } from "../../src/data/schemas/manifest";
import { guardPublish } from "./guard";

const nzz = (firstDate: string, lastDate: string) =>
  makeSource({ id: "nzz", firstDate: iso(firstDate), lastDate: iso(lastDate) });

function fetched(id: string, records: number, lastDay: string): FetchSummary["sources"][number] {
  return {
    id,
    origin: "fetched",
    upstream: "http://127.0.0.1/x",
    commit: null,
    fetchedAt: "2026-03-01T06:00:00.000Z",
    lastDay,
    records,
    files: records,
    bytes: 100,
    sha256: "0".repeat(64),
  };
}
const withFetch = (...sources: FetchSummary["sources"]) => ({
  fetchedAt: "2026-03-01T06:00:00.000Z",
  sources,
});

describe("guardPublish", () => {
  const published = makeManifest({ sources: [nzz("2026-01-01", "2026-04-10")] }); // 100 days

  it("lets a build through that runs as long or longer", () => {
    expect(guardPublish(published, makeManifest({ sources: [nzz("2026-01-01", "2026-04-11")] }))).toEqual([]);
  });

  it("refuses a source whose last day moved back, saying which days", () => {
    expect(guardPublish(published, makeManifest({ sources: [nzz("2026-01-01", "2026-04-09")] }))).toEqual([
      "nzz: moved back, it ends on 2026-04-09, the published site on 2026-04-10",
    ]);
  });

  it("allows a span 5 % shorter and refuses one more than 5 % shorter", () => {
    // 95 of 100 days: exactly 5 % fewer, allowed; 94 days: 6 % fewer, refused.
    expect(guardPublish(published, makeManifest({ sources: [nzz("2026-01-06", "2026-04-10")] }))).toEqual([]);
    expect(guardPublish(published, makeManifest({ sources: [nzz("2026-01-07", "2026-04-10")] }))).toEqual([
      "nzz: shrank by 6.0 %, 94 days (2026-01-07 → 2026-04-10) against 100 published",
    ]);
  });

  it("refuses a build missing a dated source, and ignores reference sources", () => {
    const events = makeSource({ id: "curated-events", kind: "reference" });
    const before = makeManifest({ sources: [nzz("2026-01-01", "2026-04-10"), events] });
    expect(guardPublish(before, makeManifest({ sources: [events] }))).toEqual([
      "nzz: missing from the new build (published: 2026-01-01 → 2026-04-10)",
    ]);
    expect(guardPublish(before, makeManifest({ sources: [nzz("2026-01-01", "2026-04-10")] }))).toEqual([]);
  });

  it("refuses fetched raw files with more than 5 % fewer records", () => {
    const before = makeManifest({ ...published, fetch: withFetch(fetched("oryx-daily", 200, "2026-04-10")) });
    const fewer = makeManifest({ ...published, fetch: withFetch(fetched("oryx-daily", 189, "2026-04-10")) });
    expect(guardPublish(before, fewer)).toEqual([
      "oryx-daily: shrank by 5.5 %, 189 records against 200 published",
    ]);
    const same = makeManifest({ ...published, fetch: withFetch(fetched("oryx-daily", 190, "2026-04-10")) });
    expect(guardPublish(before, same)).toEqual([]);
  });
});
