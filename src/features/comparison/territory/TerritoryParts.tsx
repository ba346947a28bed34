// The territory panel's lower parts: the weekly taken/retaken bars in their frame, the flagged
// one-day jumps in the range, and why NZZ's published area drops on its change of definition.
// Receive ready rows and only draw.
import { ChartFrame, type FrameSource } from "../../../components/ChartFrame";
import type { IsoDate } from "../../../data/schemas/common";
import type { TerritoryFile } from "../../../data/schemas/territory";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange, formatNumber, formatSignedNumber } from "../../../lib/format";
import { roundKm2 } from "../../../lib/windows";
import { isDefinitionChange, type FlaggedJump, type WeekRow } from "./derive-territory-compare";
import { WeeklyChangeChart } from "./WeeklyChangeChart";

export function WeeklyChangeFrame(props: {
  weeks: readonly WeekRow[];
  range: DateRange;
  sources: readonly FrameSource[];
  dataTo: IsoDate;
}) {
  const { weeks, range, sources, dataTo } = props;
  const partialWeeks = weeks.filter((w) => w.partial);
  return (
    <ChartFrame
      id="territory-weekly-change"
      title="Area taken and retaken per week, by source"
      subtitle={`${formatDateRange(range)} · km² per Monday-to-Sunday week${partialWeeks.length ? `; cut by the range: ${partialWeeks.map((w) => `${formatDateRange({ from: w.week, to: w.to })} (${w.days} of 7 days)`).join(", ")}` : ""}`}
      note="From each day’s geometry: new∖old is taken by Russia, old∖new retaken by Ukraine. NZZ like for like: its 2024 change of definition and its listed redraws are no change; a listed redraw’s day is not measured."
      legend={[
        {
          key: "dg",
          label: "DeepState: taken by Russia (up) / retaken (down, lighter)",
          color: "var(--src-deepstate)",
          shape: "bar",
        },
        {
          key: "ng",
          label: "NZZ: taken by Russia (up) / retaken (down, lighter)",
          color: "var(--src-nzz)",
          shape: "bar",
        },
      ]}
      sources={sources}
      dataTo={dataTo}
      exportData={{
        fileStem: "area-taken-and-retaken-per-week-deepstate-nzz",
        columns: [
          "week from",
          "week to",
          "days",
          "DeepState: taken by Russia (km²)",
          "DeepState: retaken by Ukraine (km²)",
          "NZZ: taken by Russia (km²)",
          "NZZ: retaken by Ukraine (km²)",
        ],
        rows: weeks.map((w) => [
          w.week,
          w.to,
          w.days,
          roundKm2(w.deepstateGained),
          roundKm2(w.deepstateLost),
          roundKm2(w.nzzGained),
          roundKm2(w.nzzLost),
        ]),
        range,
      }}
    >
      <WeeklyChangeChart
        rows={weeks}
        label={`Weekly area taken and retaken, DeepState and NZZ, ${formatDateRange(range)}`}
      />
    </ChartFrame>
  );
}

export function FlaggedJumps({ jumps }: { jumps: readonly FlaggedJump[] }) {
  if (jumps.length === 0) return null;
  return (
    <div className="cmp-jumps">
      <h4>Flagged jumps in this range</h4>
      <ul>
        {jumps.map((j) => (
          <li key={j.source + j.date}>
            {formatDate(j.date)}, {j.source === "nzz" ? "NZZ" : "DeepState"}: {formatSignedNumber(j.deltaKm2)}{" "}
            km² in one day —{" "}
            {isDefinitionChange(j)
              ? `a change of definition: ${formatNumber(Math.abs(j.inPre2022DeltaKm2!))} km² of it lies inside the areas held before 2022 (see below).`
              : j.note}
          </li>
        ))}
      </ul>
    </div>
  );
}

type LikeForLike = NonNullable<TerritoryFile["likeForLike"]>;

export function DefinitionChangeNote(props: {
  change: LikeForLike["nzzJumps"][number];
  likeForLike: LikeForLike;
}) {
  const { change, likeForLike } = props;
  return (
    <details className="cmp-explain">
      <summary>
        Why NZZ’s published area drops by {formatNumber(Math.abs(change.deltaKm2))} km² on{" "}
        {formatDate(change.date)}
      </summary>
      <p>
        On {formatDate(change.date)} NZZ’s map lost {formatNumber(Math.abs(change.deltaKm2))} km² in one day,
        more than fighting moves. Measured against DeepState’s “occupied before 2022” layer,{" "}
        {formatNumber(Math.abs(change.inPre2022DeltaKm2))} km² of it lies inside the areas Russia has held
        since 2014 (parts of Donetsk and Luhansk oblasts): from that day NZZ stopped drawing them, as it never
        drew Crimea. No territory changed hands.
      </p>
      <p>
        The like-for-like series take NZZ’s shape each day and measure its part inside that layer (
        {formatNumber(likeForLike.reference.pre2022Km2)} km², from DeepState’s snapshot{" "}
        {likeForLike.reference.snapshot.slice(0, 10)}): “since 24 Feb 2022” is NZZ’s shape minus that part,
        “all occupied” adds the whole layer back. DeepState’s own layer gives its series. “As published” shows
        NZZ as it is, jump included. Shares are of Ukraine’s {formatNumber(likeForLike.reference.ukraineKm2)}{" "}
        km² within its internationally recognised border.
      </p>
    </details>
  );
}
