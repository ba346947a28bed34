// The Sources section's "Changes of method" table: every listed change of every source, with what
// changed, when, by how much and how the dashboard handles it (method-changes.json).
import { useMemo } from "react";
import { Loaded } from "../../components/Loaded";
import { useMethodChanges } from "../../data/queries/method-changes";
import type { MethodChange } from "../../data/schemas/method-changes";
import { deriveMethodChangeRows } from "./derive-method-change-rows";
import type { MethodChangeMeasures } from "./use-method-change-measures";

export function MethodChangesList(props: MethodChangeMeasures) {
  const query = useMethodChanges();
  return (
    <Loaded
      queries={[query] as const}
      title="The list of the sources' changes of method could not be loaded"
      label="the sources' changes of method"
      height={200}
    >
      {(file) => <MethodChangesTable changes={file.changes} {...props} />}
    </Loaded>
  );
}

function MethodChangesTable({
  changes,
  measures,
  loaded,
}: MethodChangeMeasures & { changes: MethodChange[] }) {
  const rows = useMemo(() => deriveMethodChangeRows(changes, measures), [changes, measures]);
  return (
    <div className="method-changes" id="method-changes">
      <h3>Changes of method</h3>
      <p className="method-changes__intro">
        Each source changed what it counts or draws at some point, or published a broken file. These are
        applied to every series on this page and marked on every chart and map whose range contains them.
      </p>
      <div className="method-changes__scroll">
        <table className="method-changes__table">
          <caption className="visually-hidden">
            The sources’ known changes of method and how they are handled
          </caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">When</th>
              <th scope="col">What changed</th>
              <th scope="col">By how much</th>
              <th scope="col">How we handle it</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} id={`method-change-${r.id}`}>
                <td>{r.source}</td>
                <td>{r.when}</td>
                <td>
                  <strong>{r.title}.</strong> {r.what}{" "}
                  <a href={r.citation.url} rel="noopener noreferrer">
                    {r.citation.name}
                  </a>
                </td>
                <td>
                  {r.byHowMuch ??
                    (loaded.has(r.sourceId)
                      ? "no figure: nothing to measure in the data"
                      : "measured in the data shown above; appears once that section has loaded")}
                </td>
                <td>{r.handling}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
