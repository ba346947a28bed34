// "What each source counts": one line per source with its licence and link, under a panel.
import type { Source } from "../../../data/schemas/common";
import { formatDate } from "../../../lib/format";

export function SourceNotes({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="cmp-sources">
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} rel="noopener noreferrer" target="_blank">
            {s.name}
          </a>
          : {s.counts}{" "}
          <span className="cmp-muted">
            Licence: {s.licence}. Data {formatDate(s.firstDate)} – {formatDate(s.lastDate)}.
          </span>
        </li>
      ))}
    </ul>
  );
}
