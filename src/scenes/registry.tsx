// Named chart scenes: one chart each, drawn from made-up fixtures by the same layouts and drawing
// components as the page (StaticLossesChart, StaticTimeSeriesChart). scenes.test.tsx renders each
// to SVG and compares it with its committed snapshot (__snapshots__/<id>.svg), and writes the
// gallery (__snapshots__/gallery.html) a newcomer can open in a browser: a change to a layout shows
// up as a changed picture in review. Add a scene here for each case worth seeing.
import type { ReactElement } from "react";
import { StaticTimeSeriesChart } from "../components/chart/TimeSeriesChart";
import type { IsoDate } from "../data/schemas/common";
import type { GeneralStaffCategory } from "../data/schemas/losses";
import { makeGeneralStaff, makeWarEvent } from "../data/test-builders";
import {
  deriveClaimedConfirmed,
  ORYX_MAX_GAP_DAYS,
} from "../features/comparison/claimed/derive-claimed-confirmed";
import { makeOryx } from "../features/comparison/test-fixtures";
import { StaticLossesChart } from "../features/losses/chart/StaticLossesChart";
import type { LossesView, Scale } from "../features/losses/losses-url-state";
import { deriveCategorySeries } from "../features/losses/series/derive-category-series";
import { deriveChartModel } from "../features/losses/series/derive-chart-rows";
import { deriveCorrectionMarkers } from "../features/losses/series/derive-correction-markers";
import { addDays } from "../lib/dates";
import { formatNumber } from "../lib/format";
import { allCategories, cumulative, fromDaily } from "./fixtures";

export interface ChartScene {
  /** File name of its snapshot (kebab-case). */
  id: string;
  title: string;
  /** What to look for in the picture. */
  look: string;
  render: () => ReactElement | null;
}

const WIDTH = 640;
const day = (s: string) => s as IsoDate;

function lossesScene(options: {
  gs: ReturnType<typeof makeGeneralStaff>;
  from: string;
  to: string;
  categories: GeneralStaffCategory[];
  view: LossesView;
  scale?: Scale;
  events?: ReturnType<typeof makeWarEvent>[];
  height?: number;
}) {
  const { gs, categories, view, scale = "linear", events = [] } = options;
  const range = { from: day(options.from), to: day(options.to) };
  const series = deriveCategorySeries(gs);
  const model = deriveChartModel(gs.dates, series, { range, categories, view, scale });
  const markers = deriveCorrectionMarkers(gs, series, range, categories);
  return (
    <StaticLossesChart
      model={model}
      categories={categories}
      view={view}
      scale={scale}
      events={events}
      markers={markers}
      width={WIDTH}
      height={options.height ?? 320}
      label={categories.join(", ")}
    />
  );
}

// Mon 26 Jun … Wed 26 Jul 2023 (a week before the range, so its first week counts only its own days).
const julyGs = makeGeneralStaff({
  start: "2023-06-26",
  tank: cumulative(31, 4000, 9),
  apc: cumulative(31, 8000, 14, 0.8),
});

export const SCENES: readonly ChartScene[] = [
  {
    id: "losses-weekly-partial-last-week",
    title: "Weekly bars, partial last week",
    look: "Three whole weeks, then a hatched, outlined bar per category for the 3 days of the last one.",
    render: () =>
      lossesScene({
        gs: julyGs,
        from: "2023-07-03",
        to: "2023-07-26",
        categories: ["tank", "apc"],
        view: "weekly",
      }),
  },
  {
    id: "losses-monthly-partial-first-month",
    title: "Monthly bars, partial first month",
    look: "The first month starts mid-month: hatched; the others are whole months.",
    render: () =>
      lossesScene({
        gs: makeGeneralStaff({ start: "2023-01-09", tank: cumulative(112, 3100, 8) }),
        from: "2023-01-16",
        to: "2023-04-30",
        categories: ["tank"],
        view: "monthly",
      }),
  },
  {
    id: "losses-log-scale-zero-days",
    title: "Log scale with zero days",
    look: "Days with no loss cannot sit on a log axis: the line breaks there; the axis spans whole powers of ten.",
    render: () =>
      lossesScene({
        gs: makeGeneralStaff({
          start: "2024-03-01",
          ship: fromDaily(20, [1, 0, 0, 2, 1, 0, 3, 0, 1, 1, 0, 0, 0, 4, 1, 0, 2, 0, 0, 1]),
          tank: fromDaily(6000, [12, 8, 0, 15, 30, 9, 11, 7, 0, 0, 14, 22, 9, 10, 13, 8, 0, 16, 12, 9]),
        }),
        from: "2024-03-02",
        to: "2024-03-21",
        categories: ["tank", "ship"],
        view: "daily",
        scale: "log",
      }),
  },
  {
    id: "losses-15-categories",
    title: "15 categories on one chart",
    look: "Every equipment category but drones: six lines in six colour-blind-safe colours, the rest muted; names at the line ends never overlap.",
    render: () => {
      const gs = makeGeneralStaff({ start: "2024-05-01", ...allCategories(31) });
      const categories = [...(Object.keys(allCategories(1)) as GeneralStaffCategory[])].filter(
        (c) => c !== "personnel" && c !== "drone",
      );
      return lossesScene({
        gs,
        from: "2024-05-01",
        to: "2024-05-31",
        categories,
        view: "cumulative",
        height: 420,
      });
    },
  },
  {
    id: "losses-event-and-correction",
    title: "An event and a correction",
    look: "A dashed event line with its label, and a hollow marker where the total fell (an unlisted revision).",
    render: () => {
      const tank = cumulative(20, 3000, 6);
      tank[12] = (tank[11] as number) - 4;
      for (let i = 13; i < tank.length; i++) tank[i] = (tank[i - 1] as number) + 6;
      const gs = makeGeneralStaff({
        start: "2023-09-01",
        tank,
        negativeChanges: [
          {
            date: day("2023-09-13"),
            category: "tank",
            from: tank[11] as number,
            to: tank[12] as number,
            correction: null,
          },
        ],
      });
      return lossesScene({
        gs,
        from: "2023-09-01",
        to: "2023-09-20",
        categories: ["tank"],
        view: "cumulative",
        events: [makeWarEvent({ date: day("2023-09-08"), label: "A made-up event" })],
      });
    },
  },
  {
    id: "comparison-oryx-gap",
    title: "Claimed vs confirmed, with a gap in Oryx's snapshots",
    look: "The lines break across the days without a snapshot (more than 7), hatched and labelled with its length.",
    render: () => {
      const gsDays = 40;
      const gs = makeGeneralStaff({ start: "2023-03-01", tank: cumulative(gsDays, 3000, 8) });
      // Snapshots every 2 days, none from 11 to 23 Mar.
      const dates = Array.from({ length: 20 }, (_, i) => addDays(day("2023-03-01"), i * 2)).filter(
        (d) => d < "2023-03-11" || d > "2023-03-23",
      );
      const oryx = makeOryx({ dates, russia: { tanks: dates.map((_, i) => 1400 + 3 * i) } });
      const pair = { generalStaff: "tank" as const, oryx: ["tanks" as const], comparable: true, note: "" };
      const rows = deriveClaimedConfirmed(gs, oryx, pair, { from: day("2023-03-01"), to: day("2023-04-09") });
      return (
        <StaticTimeSeriesChart
          rows={rows.map((r) => ({ date: r.date, claimed: r.claimed, confirmed: r.confirmed }))}
          series={[
            { key: "claimed", label: "Claimed", color: "var(--src-gs)" },
            { key: "confirmed", label: "Confirmed, at least", color: "var(--src-oryx)", dashed: true },
          ]}
          format={(v) => formatNumber(v)}
          label="Claimed and confirmed tanks"
          maxGapDays={ORYX_MAX_GAP_DAYS}
          width={WIDTH}
          height={280}
        />
      );
    },
  },
  {
    id: "comparison-ratio-below-one",
    title: "A ratio that falls below 1",
    look: "Ticks step below 1 (0.5×…), the shaded span and a marked day with its label.",
    render: () => {
      const dates = Array.from({ length: 30 }, (_, i) => addDays(day("2024-01-01"), i));
      return (
        <StaticTimeSeriesChart
          rows={dates.map((date, i) => ({ date, ratio: 1.6 - i * 0.035 }))}
          series={[{ key: "ratio", label: "Russia ÷ Ukraine", color: "var(--side-russia)" }]}
          format={(v) => `${formatNumber(v, undefined, 2)}×`}
          label="Ratio"
          zeroBased={false}
          fractional
          spans={[{ from: day("2024-01-20"), to: day("2024-01-30"), label: "Still being documented" }]}
          marks={[{ date: day("2024-01-10"), label: "A listed change" }]}
          width={WIDTH}
          height={220}
        />
      );
    },
  },
];
