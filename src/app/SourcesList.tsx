// Credits every source of the dataset: who, where, under which terms, what it counts and what not.
import type { ManifestFile } from "../data/schemas/manifest";
import { formatBytes, formatDate } from "../lib/format";

export function SourcesList({ manifest }: { manifest: ManifestFile }) {
  return (
    <>
      <ul className="sources">
        {manifest.sources.map((source) => (
          <li key={source.id} className="source card">
            <h3>
              <a href={source.url} rel="noopener noreferrer">
                {source.name}
              </a>
            </h3>
            <dl>
              <dt>Counts</dt>
              <dd>{source.counts}</dd>
              <dt>Caveats</dt>
              <dd>{source.caveats}</dd>
              <dt>Licence</dt>
              <dd>{source.licence}</dd>
              <dt>Period</dt>
              <dd>
                {formatDate(source.firstDate)} to {formatDate(source.lastDate)}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <p className="files-note">
        Data files this page downloads, derived from these sources by the project's pipeline:{" "}
        {manifest.files.map((f, i) => (
          <span key={f.path}>
            {i > 0 && ", "}
            <code>{f.path}</code> ({formatBytes(f.bytes)})
          </span>
        ))}
        .
      </p>
    </>
  );
}
