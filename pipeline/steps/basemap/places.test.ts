import { RawDataError } from "../../types";
import type { GazetteerEntry } from "../../sources/cities";
import type { WantedPlace } from "../../curated/places";
import { lookUpPlaces, normalisePlaceName } from "./places";

const entry = (name: string, lng: number, lat: number, admin1: string, admin2 = ""): GazetteerEntry => ({
  name,
  lng,
  lat,
  admin1,
  admin2,
  country: "UA",
});
const want = (w: Partial<WantedPlace> & Pick<WantedPlace, "name">): WantedPlace => ({
  aliases: [],
  kind: "settlement",
  admin1: "05",
  ...w,
});

describe("normalisePlaceName", () => {
  it("folds apostrophes, case, diacritics and hyphens", () => {
    expect(normalisePlaceName("Mar’inka")).toBe(normalisePlaceName("mar'inka"));
    expect(normalisePlaceName("Chasiv-Yar")).toBe("chasiv yar");
  });
});

describe("lookUpPlaces", () => {
  const gazetteer = [
    entry("Mar'yinka", 37.5, 47.9, "05"),
    entry("Zaporizhzhya", 35.1, 47.8, "26", "2306"),
    entry("Zaporizhzhya", 35.7, 47.1, "26", "2310"),
    entry("Avdiyivka", 32.8, 51.8, "02"),
    entry("Avdiyivka", 37.7, 48.1, "05"),
  ];

  it("matches spelling variants through the alias table and keeps our display name", () => {
    const { places, matchedAs } = lookUpPlaces("c.json", gazetteer, [
      want({ name: "Marinka", aliases: ["Mar'inka", "Mar'yinka"] }),
    ]);
    expect(places).toEqual([{ name: "Marinka", lonLat: [37.5, 47.9], kind: "settlement" }]);
    expect(matchedAs.get("Marinka")).toBe("Mar'yinka");
  });

  it("picks the place in the right oblast (and raion) among namesakes", () => {
    const { places } = lookUpPlaces("c.json", gazetteer, [
      want({ name: "Avdiivka", aliases: ["Avdiyivka"] }),
      want({
        name: "Zaporizhzhia",
        aliases: ["Zaporizhzhya"],
        admin1: "26",
        admin2: "2306",
        kind: "oblastCapital",
      }),
    ]);
    expect(places.map((p) => p.lonLat)).toEqual([
      [37.7, 48.1],
      [35.1, 47.8],
    ]);
  });

  it("fails loudly when a required place is missing or ambiguous", () => {
    expect(() => lookUpPlaces("c.json", gazetteer, [want({ name: "Bakhmut" })])).toThrow(RawDataError);
    expect(() =>
      lookUpPlaces("c.json", gazetteer, [
        want({ name: "Zaporizhzhia", aliases: ["Zaporizhzhya"], admin1: "26" }),
      ]),
    ).toThrow(/ambiguous/);
  });

  it("reports a missing village and omits it instead of inventing coordinates", () => {
    const { places, missing } = lookUpPlaces("c.json", gazetteer, [
      want({ name: "Robotyne", village: true }),
    ]);
    expect(places).toEqual([]);
    expect(missing.map((m) => m.name)).toEqual(["Robotyne"]);
  });
});
