// The Sources section's list of the sources' changes of method: what changed, when, by how much (as
// measured by the pipeline in the source's own file) and how the dashboard handles it.
import type { MethodChange, MethodChangeMeasure } from "../../data/schemas/method-changes";
import { formatDate, formatNumber } from "../../lib/format";

export interface MethodChangeRow {
  id: string;
  sourceId: MethodChange["source"];
  source: string;
  when: string;
  title: string;
  what: string;
  /** "Russian-held area dropped: 3,351 km²; …", or null when the pipeline measured nothing. */
  byHowMuch: string | null;
  handling: string;
  citation: MethodChange["citation"];
}

export const METHOD_CHANGE_SOURCE_NAMES: Record<MethodChange["source"], string> = {
  generalStaff: "General Staff",
  oryx: "Oryx",
  nzz: "NZZ",
  deepstate: "DeepState",
};

function formatFigure(f: MethodChangeMeasure["figures"][number]): string {
  const value = f.unit === "km2" ? `${formatNumber(f.value, undefined, 1)} km²` : formatNumber(f.value);
  return `${f.label}: ${value}`;
}

export function deriveMethodChangeRows(
  changes: readonly MethodChange[],
  measures: readonly MethodChangeMeasure[],
): MethodChangeRow[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return changes.map((c) => {
    const measure = byId.get(c.id);
    const figures = measure?.figures ?? [];
    const measuredOn = measure && measure.day !== c.from ? ` (measured on ${formatDate(measure.day)})` : "";
    return {
      id: c.id,
      sourceId: c.source,
      source: METHOD_CHANGE_SOURCE_NAMES[c.source],
      when: c.to ? `${formatDate(c.from)} to ${formatDate(c.to)}` : `from ${formatDate(c.from)}`,
      title: c.label,
      what: c.what,
      byHowMuch: figures.length > 0 ? figures.map(formatFigure).join("; ") + measuredOn : null,
      handling: c.handling,
      citation: c.citation,
    };
  });
}
