// The sources' listed changes of method (method-changes.json): what changed, when, by how much (the
// pipeline's measures, from territory.json for the territory sources) and how the dashboard
// handles it, each with its citation. Only draws.
import { useMethodChanges } from "../data/queries/method-changes";
import { useTerritory } from "../data/queries/territory";
import type { MethodChange, MethodChangeMeasure } from "../data/schemas/method-changes";
import { formatDate, formatNumber } from "../lib/format";

const SOURCE_NAMES: Record<MethodChange["source"], string> = {
  generalStaff: "General Staff",
  oryx: "Oryx",
  nzz: "NZZ",
  deepstate: "DeepState",
};

const when = (c: MethodChange) =>
  c.to && c.to !== c.from ? `${formatDate(c.from)} – ${formatDate(c.to)}` : formatDate(c.from);

function figuresText(m: MethodChangeMeasure | undefined): string {
  if (!m || m.figures.length === 0) return "Not measured (see the change's own chart).";
  return `${m.figures
    .map((f) => `${f.label}: ${formatNumber(f.value)}${f.unit === "km2" ? " km²" : ""}`)
    .join("; ")} (on ${formatDate(m.day)}).`;
}

export function MethodChangesList() {
  const changes = useMethodChanges().data?.changes;
  const measures = useTerritory().data?.methodChanges;
  if (!changes) return null;
  const byId = new Map((measures ?? []).map((m) => [m.id, m]));
  return (
    <section className="method-changes" aria-labelledby="method-changes-title">
      <h3 id="method-changes-title">The sources&apos; changes of method</h3>
      <p>
        Every known change of method or glitch in a source, as the pipeline applies it; each is marked on the
        charts and the map whose range contains it.
      </p>
      <ul className="method-changes__list">
        {changes.map((c) => (
          <li key={c.id} data-method-change={c.id} className="card">
            <h4>
              {when(c)}, {SOURCE_NAMES[c.source]}: {c.label}
            </h4>
            <dl>
              <dt>What changed</dt>
              <dd>{c.what}</dd>
              <dt>By how much</dt>
              <dd>{figuresText(byId.get(c.id))}</dd>
              <dt>How we handle it</dt>
              <dd>{c.handling}</dd>
              <dt>Source</dt>
              <dd>
                <a href={c.citation.url} rel="noopener noreferrer">
                  {c.citation.name}
                </a>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
