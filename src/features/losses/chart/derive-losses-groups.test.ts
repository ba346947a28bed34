import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../data/schemas/common";
import { makeWarEvent } from "../../../data/test-builders";
import { deriveEventsFootnote, deriveLossesGroups, deriveShownEvents } from "./derive-losses-groups";

const range = (from: string, to: string) => ({ from: from as IsoDate, to: to as IsoDate });
const events = [
  makeWarEvent({ date: "2022-02-24" as IsoDate, label: "Invasion" }),
  makeWarEvent({ date: "2023-06-06" as IsoDate, label: "Dam" }),
];

describe("deriveShownEvents", () => {
  it("keeps events inside the range", () => {
    expect(deriveShownEvents(events, range("2023-06-01", "2023-06-30"), "2022-02-25" as IsoDate)).toEqual([
      events[1],
    ]);
  });

  it("keeps the events before the first statement when the range starts on it", () => {
    expect(deriveShownEvents(events, range("2022-02-25", "2023-06-30"), "2022-02-25" as IsoDate)).toEqual(
      events,
    );
  });
});

describe("deriveEventsFootnote", () => {
  it("says where the events end when the range lies after them", () => {
    expect(deriveEventsFootnote(events, [], range("2024-01-01", "2024-01-31"))).toBe(
      "No curated events in this range: they end 6 Jun 2023.",
    );
  });

  it("says none are in a range between events, and nothing when some are shown", () => {
    expect(deriveEventsFootnote(events, [], range("2023-01-01", "2023-01-31"))).toBe(
      "No curated events in this range.",
    );
    expect(deriveEventsFootnote(events, [events[1]!], range("2023-06-01", "2023-06-30"))).toBeUndefined();
  });
});

describe("deriveLossesGroups", () => {
  it("gives personnel, drones and the other equipment each a chart, without method changes before they load", () => {
    const groups = deriveLossesGroups(
      ["personnel", "tank", "drone", "apc"],
      [],
      range("2023-06-01", "2023-06-30"),
      undefined,
    );
    expect(groups.map((g) => [g.id, g.categories, g.methodEvents])).toEqual([
      ["personnel", ["personnel"], []],
      ["drones", ["drone"], []],
      ["equipment", ["tank", "apc"], []],
    ]);
  });
});
