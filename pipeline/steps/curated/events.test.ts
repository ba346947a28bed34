import { RawDataError } from "../../types";
import { deriveEvents } from "./events";

const event = {
  date: "2022-11-11",
  label: "Kherson liberated",
  description: "Ukrainian forces enter Kherson.",
  sourceName: "Example",
  sourceUrl: "https://example.org/kherson",
};

describe("deriveEvents", () => {
  it("sorts events by date", () => {
    const file = deriveEvents("e.json", {
      events: [event, { ...event, date: "2022-02-24", label: "Invasion" }],
    });
    expect(file.events.map((e) => e.date)).toEqual(["2022-02-24", "2022-11-11"]);
  });

  it("rejects an impossible date, an uncited event and an over-long label, naming the file", () => {
    expect(() => deriveEvents("e.json", { events: [{ ...event, date: "2022-02-30" }] })).toThrow(
      new RawDataError("e.json", '"Kherson liberated": 2022-02-30 is not a calendar date'),
    );
    expect(() => deriveEvents("e.json", { events: [{ ...event, sourceUrl: "" }] })).toThrow(
      /e\.json: invalid event at events\.0\.sourceUrl/,
    );
    expect(() => deriveEvents("e.json", { events: [{ ...event, label: "x".repeat(41) }] })).toThrow(
      RawDataError,
    );
  });
});
