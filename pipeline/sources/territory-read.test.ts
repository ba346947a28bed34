import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { RawDataError } from "../types";
import { makeTerritoryRaw } from "../steps/territory/fixtures";
import { listDailySnapshots, readGzipJson } from "./territory-read";

describe("reading raw territory files", () => {
  it("rejects a corrupt .gz, naming the file", () => {
    const raw = makeTerritoryRaw();
    raw.writeBytes("territory/nzz/2023-01-01.json.gz", new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    const file = join(raw.dir, "territory/nzz/2023-01-01.json.gz");
    expect(() => readGzipJson(file)).toThrow(RawDataError);
    expect(() => readGzipJson(file)).toThrow(/2023-01-01\.json\.gz: not a valid gzip file/);
  });

  it("rejects truncated JSON, naming the file", () => {
    const raw = makeTerritoryRaw();
    raw.writeBytes(
      "territory/nzz/2023-01-02.json.gz",
      gzipSync('{"value": {"type": "FeatureCollection", "feat'),
    );
    const file = join(raw.dir, "territory/nzz/2023-01-02.json.gz");
    const error = (() => {
      try {
        readGzipJson(file);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RawDataError);
    expect((error as RawDataError).file).toBe(file);
    expect((error as RawDataError).reason).toMatch(/truncated JSON/);
  });

  it("keeps the last snapshot of a day with several", () => {
    const raw = makeTerritoryRaw();
    for (const name of ["2023-01-01T090000Z", "2023-01-01T180000Z", "2023-01-03T120000Z"])
      raw.write(`territory/deepstate/${name}.geojson.gz`, {});
    const days = listDailySnapshots(join(raw.dir, "territory/deepstate"), ".geojson.gz");
    expect(days.map((d) => d.date)).toEqual(["2023-01-01", "2023-01-03"]);
    expect(days[0]!.file).toMatch(/T180000Z/);
  });
});
