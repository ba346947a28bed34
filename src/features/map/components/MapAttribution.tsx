// The map's sources under it, with their licences and periods, and the day shown. Only draws.
import type { IsoDate } from "../../../data/schemas/common";
import type { BasemapFile } from "../../../data/schemas/basemap";
import type { TerritoryFile } from "../../../data/schemas/territory";
import { formatDate, formatNumber } from "../../../lib/format";

export function MapAttribution({
  territory,
  basemap,
  day,
}: {
  territory: TerritoryFile;
  basemap: BasemapFile;
  day: IsoDate;
}) {
  const last = (s: "deepstate" | "nzz") => territory[s].dates[territory[s].dates.length - 1]!;
  return (
    <p className="map-attribution">
      Russian-held area:{" "}
      {territory.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ", "}
          <a href={s.url}>{s.name}</a> ({s.licence}; {formatDate(s.firstDate)} – {formatDate(s.lastDate)})
        </span>
      ))}
      . Both draw what Russia holds; DeepState includes Crimea, NZZ omits it (added here from DeepState) and,
      like for like, NZZ gets DeepState&apos;s areas held before 2022 wherever it does not draw them.
      NZZ&apos;s days are its own map dates; each update draws a period of changes. Shown:{" "}
      <span className="map-attribution__day">{formatDate(day)};</span> series to{" "}
      {formatDate(last("deepstate"))} (DeepState) and {formatDate(last("nzz"))} (NZZ). Boundary and
      neighbours:{" "}
      {basemap.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a href={s.url}>{s.name}</a> ({s.licence})
        </span>
      ))}
      . Areas are km² on the sphere, measured in your browser from the map&apos;s shapes (simplified at{" "}
      {formatNumber(basemap.simplifyMetres)} m for the outline).
    </p>
  );
}
