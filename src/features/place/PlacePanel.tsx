// Who held a place? Joins the place file (loaded when the reader first asks), the URL's ?place=, the
// slider's day and the map's shape that day (both from the map section), and the derivations; the
// search, the strips and the facts only draw. A change's "Show on the map" moves the map's slider.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { ChartFrame, type LegendItem } from "../../components/ChartFrame";
import { Notice } from "../../components/Notice";
import { useElementWidth } from "../../components/use-element-width";
import type { IsoDate } from "../../data/schemas/common";
import { usePlaceHistory } from "../../data/queries/place-history";
import { useUrlState } from "../../filters/use-url-state";
import { echo } from "../../filters/parse-helpers";
import { multiPolygonContains, distanceToEdgeKm, type MultiPolygon } from "../../lib/geometry";
import { formatDate } from "../../lib/format";
import { derivePlaceIndex, nearestPlace, type PlaceEntry } from "./derive-place-index";
import { derivePlaceExport } from "./derive-place-export";
import { derivePlaceStrips } from "./derive-place-strips";
import { derivePlaceTimeline, GAP_MARK_DAYS, type PlaceChange } from "./derive-place-timeline";
import {
  changeText,
  disagreementItemText,
  disagreementText,
  frontDistanceText,
  onDayText,
  placeSummary,
  placeTitle,
  sourceSummary,
} from "./derive-place-text";
import { PLACE_FRAME_ID } from "./frame-id";
import { PlaceSearch } from "./PlaceSearch";
import { PlaceTimelineChart } from "./PlaceTimelineChart";
import { placeUrlState } from "./url-state";
import "./place.css";

const LEGEND: LegendItem[] = [
  { label: "Russian-held", color: "var(--side-russia)", shape: "bar" },
  {
    label: "held before 2022 (DeepState layers)",
    color: "var(--side-russia)",
    shape: "bar",
    pattern: "hatch",
  },
  { label: "not Russian-held", color: "var(--side-ukraine)", shape: "bar" },
  {
    label: "liberated: retaken by Ukraine (DeepState layers)",
    color: "var(--side-ukraine)",
    shape: "bar",
    pattern: "hatch",
  },
  { label: "contested, status unknown (DeepState layers)", color: "var(--place-contested)", shape: "bar" },
  {
    label: `no new map for ${GAP_MARK_DAYS}+ days, or no data`,
    color: "var(--axis)",
    shape: "bar",
    pattern: "dots",
  },
];

export interface PlacePanelProps {
  /** The map slider's day. */
  day: IsoDate;
  /** Moves the map's slider to a day. */
  onPickDay: (day: IsoDate) => void;
  /**
   * The Russian-held shape of the map the section shows, on `day` or that source's nearest map day
   * (`front.day`), and whose map it is; undefined while it loads.
   */
  front: { shape: MultiPolygon; day: IsoDate; label: string } | undefined;
  /** A point the reader clicked on the map (`seq` tells two clicks on one spot apart), or null. */
  point?: { lonLat: [number, number]; seq: number } | null;
}

/** A map click picks the nearest settlement of the front zone within this distance (km). */
export const CLICK_SNAP_KM = 15;

export default function PlacePanel({ day, onPickDay, front, point = null }: PlacePanelProps) {
  const { state, update } = useUrlState(placeUrlState);
  const [asked, setAsked] = useState(false);
  const query = usePlaceHistory(asked || state.place !== null || point !== null);
  const file = query.data;
  const entries = useMemo(() => (file ? derivePlaceIndex(file) : null), [file]);
  // A click on the map asks about the nearest settlement (once the list is here).
  const [missed, setMissed] = useState<number | null>(null);
  const answered = useRef<number | null>(null);
  useEffect(() => {
    if (!point || !entries || answered.current === point.seq) return;
    answered.current = point.seq;
    const near = nearestPlace(entries, point.lonLat, CLICK_SNAP_KM);
    if (near) update({ place: near.id });
    setMissed(near ? null : point.seq);
  }, [point, entries, update]);
  const entry = entries && state.place ? (entries.find((e) => e.id === state.place) ?? null) : null;
  const unknown = entries !== null && state.place !== null && entry === null;

  const status =
    query.status === "error"
      ? `The place list could not be loaded: ${query.error.message}`
      : (asked || state.place !== null) && !entries
        ? "Loading the places…"
        : undefined;

  return (
    <section className="place-panel" aria-label="Who held a place">
      <PlaceSearch
        entries={entries}
        onActivate={() => setAsked(true)}
        onPick={(e: PlaceEntry) => update({ place: e.id })}
        status={status}
      />
      {missed !== null && missed === point?.seq && (
        <p className="place-panel__missed" role="status">
          No settlement of the front zone lies within {CLICK_SNAP_KM} km of the point clicked on the map.
        </p>
      )}
      {unknown && (
        <Notice
          notices={[
            `The link's place ${echo(state.place ?? "")} is not a settlement in the front zone (within ${file?.zoneKm} km of ground any source showed Russian-held), so no place is shown.`,
          ]}
        />
      )}
      {file && entry && (
        <PlaceTimelineFrame file={file} entry={entry} day={day} onPickDay={onPickDay} front={front} />
      )}
    </section>
  );
}

function PlaceTimelineFrame({
  file,
  entry,
  day,
  onPickDay,
  front,
}: Omit<PlacePanelProps, "front"> & {
  file: NonNullable<ReturnType<typeof usePlaceHistory>["data"]>;
  entry: PlaceEntry;
  front: PlacePanelProps["front"];
}) {
  const patternId = useId().replace(/:/g, "");
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const timeline = useMemo(() => derivePlaceTimeline(file, entry, day), [file, entry, day]);
  const layout = useMemo(() => derivePlaceStrips(timeline, width, day), [timeline, width, day]);
  const exportData = useMemo(() => derivePlaceExport(timeline), [timeline]);
  const sources = file.sources.map((s) => ({ name: s.name, url: s.url }));
  const dataTo = file.tracks
    .map((t) => t.to)
    .sort()
    .at(-1);
  const distance = front
    ? frontDistanceText({
        name: entry.name,
        km: distanceToEdgeKm(front.shape, entry.lonLat),
        inside: multiPolygonContains(front.shape, entry.lonLat),
        day: front.day,
        mapLabel: front.label,
      })
    : null;
  const show = (c: PlaceChange) => (
    <button
      type="button"
      className="place-facts__go"
      onClick={() => onPickDay(c.date)}
      aria-label={`Show ${formatDate(c.date)} on the map`}
    >
      Show on the map
    </button>
  );
  return (
    <ChartFrame
      id={PLACE_FRAME_ID}
      title={placeTitle(timeline)}
      subtitle={`${entry.lonLat[1].toFixed(3)}° N, ${entry.lonLat[0].toFixed(3)}° E · GeoNames`}
      note="Held = inside the Russian-held area a source's map draws that day (NZZ like for like); DeepState's layers also mark ground Ukraine liberated and ground whose status is unknown (contested: held by neither). A day without a new map repeats the last one."
      legend={LEGEND}
      sources={sources}
      dataTo={dataTo}
      exportData={exportData}
      summary={placeSummary(timeline)}
    >
      <div ref={boxRef} className="place-strips__box">
        {width > 0 && <PlaceTimelineChart layout={layout} patternId={patternId} />}
      </div>
      <ul className="place-facts">
        {timeline.sources.map((s) => {
          const first = s.changes[0];
          const last = s.changes.at(-1);
          return (
            <li key={s.track} data-source={s.track}>
              <p className="place-facts__on-day">
                <strong>{s.label}</strong>
                {onDayText(s, day)}
              </p>
              {first ? (
                <p className="place-facts__change" data-change="first">
                  {last !== first ? "First change" : "Only change"}: {changeText(first)} {show(first)}
                </p>
              ) : (
                <p className="place-facts__change">{sourceSummary(s)}</p>
              )}
              {last && last !== first && (
                <p className="place-facts__change" data-change="last">
                  Last change: {changeText(last)} {show(last)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="place-facts__disagree">{disagreementText(timeline)}</p>
      {timeline.disagreements.length > 0 && (
        <ul className="place-facts__disagreements">
          {timeline.disagreements.slice(0, 6).map((d) => (
            <li key={d.from}>
              {disagreementItemText(d)}{" "}
              <button
                type="button"
                className="place-facts__go"
                onClick={() => onPickDay(d.from)}
                aria-label={`Show ${formatDate(d.from)} on the map`}
              >
                Show on the map
              </button>
            </li>
          ))}
          {timeline.disagreements.length > 6 && (
            <li>… and {timeline.disagreements.length - 6} more (in the data table).</li>
          )}
        </ul>
      )}
      {distance && <p className="place-facts__distance">{distance}</p>}
    </ChartFrame>
  );
}
