import { describe, expect, it } from "vitest";
import { iso, makePlaceHistory } from "../../data/test-builders";
import { derivePlaceIndex } from "./derive-place-index";
import { derivePlaceStrips, STRIP } from "./derive-place-strips";
import { derivePlaceTimeline } from "./derive-place-timeline";

// Tracks: layers 1–31 Jan 2023, extract 20 Jan – 28 Feb, NZZ 25 Dec 2022 – 25 Feb 2023: 66 days in all.
const file = makePlaceHistory([
  {
    name: "Town",
    runs: [
      [0, 0, 9, 1],
      [0, 1],
      [0, 0, 18, 1],
    ],
  },
]);
const timeline = derivePlaceTimeline(file, derivePlaceIndex(file)[0]!, iso("2023-01-10"));

/** Pixels to 1e-6 (the layout divides by the day count). */
const px = (v: number) => Math.round(v * 1e6) / 1e6;

describe("place strips layout", () => {
  const width = STRIP.labelWidth + 660 + STRIP.right; // 10 px a day
  const layout = derivePlaceStrips(timeline, width, iso("2023-01-10"));

  it("places each interval on the shared day axis, a day 10 px wide", () => {
    expect(layout.rows[0]!.rects.map((r) => [px(r.x - STRIP.labelWidth), px(r.width), r.status])).toEqual([
      [70, 90, "notHeld"],
      [160, 220, "held"],
    ]);
  });

  it("marks the days a source does not cover, and the slider's day mid-day", () => {
    expect(layout.rows[0]!.noData.map((n) => [px(n.x - STRIP.labelWidth), px(n.width)])).toEqual([
      [0, 70],
      [380, 280],
    ]);
    expect(px(layout.dayX! - STRIP.labelWidth)).toBe(165);
    expect(layout.ticks.map((t) => [t.label, px(t.x - STRIP.labelWidth)])).toEqual([["2023", 70]]);
  });

  it("narrows the label column on a phone", () => {
    const narrow = derivePlaceStrips(timeline, 390, iso("2023-01-10"));
    expect(narrow.rows[0]!.rects[0]!.x).toBeCloseTo(
      STRIP.narrowLabelWidth + (7 / 66) * (390 - STRIP.narrowLabelWidth - STRIP.right),
      6,
    );
  });
});
