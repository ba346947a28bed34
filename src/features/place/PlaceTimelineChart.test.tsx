// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { iso, makePlaceHistory } from "../../data/test-builders";
import { derivePlaceIndex } from "./derive-place-index";
import { derivePlaceStrips } from "./derive-place-strips";
import { derivePlaceTimeline } from "./derive-place-timeline";
import { PlaceTimelineChart } from "./PlaceTimelineChart";

// Layers (1–31 Jan 2023): held, then contested from 10 Jan, then liberated from 20 Jan.
const file = makePlaceHistory([
  {
    name: "Town",
    runs: [
      [0, 1, 9, 4, 19, 3],
      [0, 0],
      [0, 1, 18, 0],
    ],
  },
]);
const timeline = derivePlaceTimeline(file, derivePlaceIndex(file)[0]!, iso("2023-01-25"));

describe("place timeline strips", () => {
  it("draws liberated as the not-held colour hatched, contested in its own grey, unhatched", () => {
    const { container } = render(
      <PlaceTimelineChart layout={derivePlaceStrips(timeline, 800, iso("2023-01-25"))} patternId="p" />,
    );
    const run = (status: string) =>
      container.querySelector(`[data-strip="Layers"] [data-status="${status}"]`)!;
    const fills = (status: string) =>
      [...run(status).querySelectorAll("rect")].map((r) => r.style.getPropertyValue("fill"));
    expect(fills("held")).toEqual(["var(--side-russia)"]);
    expect(fills("contested")).toEqual(["var(--place-contested)"]);
    expect(fills("liberated")).toEqual(["var(--side-ukraine)", 'url("#p-hatch")']);
    expect([run("contested").getAttribute("data-from"), run("liberated").getAttribute("data-from")]).toEqual([
      "2023-01-10",
      "2023-01-20",
    ]);
  });
});
