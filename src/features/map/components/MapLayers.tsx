// The map's layers, each memoised apart so a slider step re-renders only what it changes. Only draw.
import { memo, useMemo, useState, type Dispatch, type KeyboardEvent, type SetStateAction } from "react";
import type { PlacedLabel } from "../derive/derive-labels";

export interface MapPaths {
  land: string;
  countries: string;
  ukraine: string;
  /** First layer: held on `from` (change mode) or by DeepState (disagree mode). */
  a: string;
  /** Second layer: held on the slider's day (change mode) or by NZZ (disagree mode). */
  b: string;
  sectors: { id: string; name: string; d: string; active: boolean }[];
  userBox: string;
}

export interface MapPlaceLabel extends PlacedLabel {
  lonLat: [number, number];
}

// A slider step changes the day's layer only (`b` in change mode): the layers below are memoised
// apart, so React neither re-renders nor re-checks their elements' props on a step.

export const ClipA = memo(function ClipA({ d }: { d: string }) {
  return (
    <clipPath id="front-map-clip-a">
      <path d={d} />
    </clipPath>
  );
});

/** Land, neighbours and Ukraine: change with the view only. */
export const BaseLayers = memo(function BaseLayers({
  land,
  countries,
  ukraine,
}: {
  land: string;
  countries: string;
  ukraine: string;
}) {
  return (
    <>
      <path className="front-map__land" d={land} />
      <path className="front-map__countries" d={countries} vectorEffect="non-scaling-stroke" />
      <path className="front-map__ukraine" d={ukraine} vectorEffect="non-scaling-stroke" />
    </>
  );
});

const FILL_A = { change: { fill: "url(#map-pat-ukr-gain)" }, disagree: { fill: "url(#map-pat-only-a)" } };
const FILL_B = { change: { fill: "url(#map-pat-ru-gain)" }, disagree: { fill: "url(#map-pat-only-b)" } };

/** The Russian-held layers: `a`'s pattern, `b`'s over it, held on both (b clipped to a), b's outline. */
export const HeldLayers = memo(function HeldLayers({
  a,
  b,
  mode,
}: {
  a: string;
  b: string;
  mode: "change" | "disagree";
}) {
  return (
    <>
      <path d={a} style={FILL_A[mode]} />
      <path d={b} style={FILL_B[mode]} />
      <path className="front-map__held-both" d={b} clipPath="url(#front-map-clip-a)" />
      <path className="front-map__line" d={b} vectorEffect="non-scaling-stroke" />
      {mode === "disagree" && (
        <path className="front-map__line front-map__line--a" d={a} vectorEffect="non-scaling-stroke" />
      )}
    </>
  );
});

/** The sector boxes and the reader's own box. */
export const BoxLayers = memo(function BoxLayers({
  sectors,
  userBox,
}: {
  sectors: MapPaths["sectors"];
  userBox: string;
}) {
  return (
    <>
      {sectors.map((s) => (
        <path
          key={s.id}
          className={`front-map__sector${s.active ? " front-map__sector--active" : ""}`}
          d={s.d}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      {userBox && <path className="front-map__userbox" d={userBox} vectorEffect="non-scaling-stroke" />}
    </>
  );
});

/**
 * The settlement labels: the same for every day, so a slider step leaves them alone. One tab stop
 * for all of them (a zoomed-in map has hundreds): Tab reaches the last one focused, the arrow keys
 * move to the next place west or east, Home and End to the first and last.
 */
export const PlaceLabels = memo(function PlaceLabels({
  labels,
  onHover,
}: {
  labels: MapPlaceLabel[];
  onHover: Dispatch<SetStateAction<string | null>>;
}) {
  const westToEast = useMemo(() => [...labels].sort((a, b) => a.x - b.x), [labels]);
  const [current, setCurrent] = useState<string | null>(null);
  const stop = westToEast.some((l) => l.id === current) ? current : (westToEast[0]?.id ?? null);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, index: number) => {
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? index + 1
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? index - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? westToEast.length - 1
              : null;
    if (to === null) return;
    // The map's own keys pan it; here they move between places.
    e.preventDefault();
    e.stopPropagation();
    const next = westToEast[Math.max(0, Math.min(westToEast.length - 1, to))];
    if (!next) return;
    setCurrent(next.id);
    const group = e.currentTarget.parentElement;
    (group?.querySelector(`[data-place-id="${CSS.escape(next.id)}"]`) as SVGGElement | null)?.focus();
  };
  return (
    <g className="front-map__labels">
      {westToEast.map((l, i) => (
        <g
          key={l.id}
          className="front-map__place"
          transform={`translate(${l.x},${l.y})`}
          tabIndex={l.id === stop ? 0 : -1}
          role="button"
          aria-label={`${l.text}: who held it`}
          data-lonlat={l.lonLat.join(",")}
          data-place-id={l.id}
          onFocus={() => {
            setCurrent(l.id);
            onHover(l.id);
          }}
          onBlur={() => onHover((h) => (h === l.id ? null : h))}
          onKeyDown={(e) => onKeyDown(e, i)}
          onPointerEnter={() => onHover(l.id)}
          onPointerLeave={() => onHover((h) => (h === l.id ? null : h))}
        >
          <circle r={3} />
          <text x={5} dy="0.35em" aria-hidden="true">
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
});
