import { join } from "node:path";
import { makeTerritoryRaw } from "../steps/territory/fixtures";
import { RawDataError } from "../types";
import { keyByOwnDate, readNzzHead, type NzzHead } from "./territory-nzz-dates";

const file = (date: string) => ({ date, file: `${date}.json.gz` });

describe("NZZ's own map dates", () => {
  it("reads date and _datefrom from the start of the file", () => {
    const raw = makeTerritoryRaw();
    raw.write("territory/nzz/2024-01-02.json.gz", {
      value: {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: {
              type: "nochange",
              date: "2024-01-01",
              _datefrom: "2023-12-28",
              _dateto: "2024-01-01",
            },
            geometry: { type: "MultiPolygon", coordinates: [] },
          },
        ],
      },
    });
    expect(readNzzHead(join(raw.dir, "territory/nzz/2024-01-02.json.gz"))).toEqual({
      date: "2024-01-01",
      windowFrom: "2023-12-28",
    });
  });

  it("names a file that is not gzip", () => {
    const raw = makeTerritoryRaw();
    raw.writeBytes("territory/nzz/2024-01-02.json.gz", new Uint8Array([1, 2, 3]));
    const path = join(raw.dir, "territory/nzz/2024-01-02.json.gz");
    expect(() => readNzzHead(path)).toThrow(RawDataError);
    expect(() => readNzzHead(path)).toThrow(/not a valid gzip/);
  });

  it("keys files by NZZ's date: the later of one date wins, an older re-upload and an implausible date are handled", () => {
    const heads: Record<string, NzzHead> = {
      "2024-01-01.json.gz": { date: "2024-01-01", windowFrom: null },
      "2024-01-02.json.gz": { date: "2024-01-01", windowFrom: "2023-12-31" },
      "2024-01-03.json.gz": { date: "2024-01-02", windowFrom: "2024-01-01" },
      "2024-01-04.json.gz": { date: "2024-01-01", windowFrom: "2023-12-31" },
      "2024-01-20.json.gz": { date: "2023-12-01", windowFrom: null },
    };
    const r = keyByOwnDate(
      ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-20"].map(file),
      (f) => heads[f]!,
    );
    expect(r.snapshots.map((s) => [s.date, s.fileDate, s.windowFrom])).toEqual([
      ["2024-01-01", "2024-01-02", "2023-12-31"],
      ["2024-01-02", "2024-01-03", "2024-01-01"],
      ["2024-01-20", "2024-01-20", null],
    ]);
    expect(r.replaced).toEqual(["2024-01-01.json.gz"]);
    expect(r.outOfOrder).toEqual(["2024-01-04.json.gz"]);
    expect(r.fileDated).toEqual(["2024-01-20.json.gz"]);
  });
});
