// The header's "Data to …" line: each source's last day and its age, the site's build day, and the
// sources that stopped upstream with what the dashboard continues them with (derive-data-ages.ts).
import { Fragment, useMemo, useSyncExternalStore } from "react";
import type { IsoDate, Source } from "../../data/schemas/common";
import { formatDate, formatNumber } from "../../lib/format";
import { deriveDataAges, STALE_AFTER_DAYS } from "./derive-data-ages";
import { BUILD_DATE, todayUtc } from "./build-date";

const days = (n: number) => (n === 1 ? "1 day" : `${formatNumber(n)} days`);

const never = () => () => {};
const buildDay = () => BUILD_DATE;

/**
 * The reader's UTC day; the build day while the page is built and hydrated (the prebuilt header
 * counts ages from it), so hydration matches and the ages then update to the reader's day.
 */
function useToday(): IsoDate {
  return useSyncExternalStore(never, todayUtc, buildDay);
}

export function DataAges({ sources, today: given }: { sources: readonly Source[]; today?: IsoDate }) {
  const current = useToday();
  const today = given ?? current;
  const ages = useMemo(() => deriveDataAges(sources, { buildDate: BUILD_DATE, today }), [sources, today]);
  const stale = ages.sources.filter((s) => s.stale);
  const stopped = ages.sources.flatMap((s) => s.continues.map((c) => ({ ...c, by: s.name })));
  return (
    <div className="data-ages">
      <p className="data-ages__line" data-testid="data-ages">
        <span className="data-ages__title">Data to</span>{" "}
        {ages.sources.map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 && " · "}
            <span className="data-ages__item" data-source={s.id}>
              <span className="data-ages__name">{s.name}</span>{" "}
              <time dateTime={s.lastDate}>{formatDate(s.lastDate)}</time>{" "}
              <span className="data-ages__age">({s.ageDays === 0 ? "today" : `${days(s.ageDays)} old`})</span>
              {s.stale && <span className="data-ages__badge">behind</span>}
            </span>
          </Fragment>
        ))}
        {" · "}
        <span className="data-ages__item">
          site built <time dateTime={ages.buildDate}>{formatDate(ages.buildDate)}</time>
        </span>
      </p>
      {(stale.length > 0 || stopped.length > 0) && (
        <details className="data-ages__why">
          <summary>Why some sources are behind</summary>
          <ul>
            {stale.map((s) => (
              <li key={s.id}>
                {s.name}: its last day is {days(s.behindBuildDays)} before this site was built (more than{" "}
                {STALE_AFTER_DAYS} days). The copy this site was built from ends there; a newer one may exist
                upstream (see Sources).
              </li>
            ))}
            {stopped.map((c) => (
              <li key={c.name}>
                {c.name} ended on <time dateTime={c.lastDate}>{formatDate(c.lastDate)}</time>
                {c.endNote ? ` (${c.endNote})` : ""}; this dashboard continues it with {c.by}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
