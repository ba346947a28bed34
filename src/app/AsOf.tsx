// "As of" line of the header: the last day each dated source covers, so nobody mistakes old data
// for new. Reference sources (curated events, the gazetteer) have no "as of" and are only credited.
import type { Source } from "../data/schemas/common";
import { formatDate } from "../lib/format";

export function AsOf({ sources }: { sources: readonly Source[] }) {
  return (
    <dl className="as-of" aria-label="Data as of">
      {sources
        .filter((s) => s.kind !== "reference")
        .map((s) => (
          <div key={s.id}>
            <dt>{s.name}</dt>
            <dd>
              as of <time dateTime={s.lastDate}>{formatDate(s.lastDate)}</time>
            </dd>
          </div>
        ))}
    </dl>
  );
}
