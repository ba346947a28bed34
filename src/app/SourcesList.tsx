// Credits every source of the dataset: who, where, under which terms, what it counts and the
// period it covers; the technical caveats sit behind a "Methodology" disclosure. Below, the data
// files this page has loaded, as links, with their sizes.
import { dataUrl } from "../data/queries/fetch-json";
import { useLoadedDataFiles } from "../data/queries/use-loaded-files";
import type { ManifestFile } from "../data/schemas/manifest";
import { formatBytes, formatDate } from "../lib/format";
import { MethodChangesList } from "./method-changes/MethodChangesList";
import { useMethodChangeMeasures } from "./method-changes/use-method-change-measures";

export function SourcesList({ manifest }: { manifest: ManifestFile }) {
  const loaded = useLoadedDataFiles();
  const measures = useMethodChangeMeasures();
  // The manifest lists paths as "data/x.json"; queries use the path under data/.
  const sizes = new Map(manifest.files.map((f) => [f.path.replace(/^data\//, ""), f.bytes]));
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
              <dt>Licence</dt>
              <dd>{source.licence}</dd>
              <dt>Period</dt>
              <dd>
                <time dateTime={source.firstDate}>{formatDate(source.firstDate)}</time> to{" "}
                <time dateTime={source.lastDate}>{formatDate(source.lastDate)}</time>
              </dd>
            </dl>
            <details className="source__method">
              <summary>Methodology and caveats</summary>
              <dl>
                <dt>Caveats</dt>
                <dd>{source.caveats}</dd>
              </dl>
            </details>
          </li>
        ))}
      </ul>
      <MethodChangesList {...measures} />
      {loaded.length > 0 && (
        <p className="files-note">
          Data files this page has loaded, derived from these sources by the project’s pipeline:{" "}
          {loaded.map((file, i) => {
            const bytes = sizes.get(file);
            return (
              <span key={file}>
                {i > 0 && ", "}
                <a href={dataUrl(`data/${file}`)}>
                  <code>{file}</code>
                </a>
                {bytes !== undefined && ` (${formatBytes(bytes)})`}
              </span>
            );
          })}
          .
        </p>
      )}
    </>
  );
}
