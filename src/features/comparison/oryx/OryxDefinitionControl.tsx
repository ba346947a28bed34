// Like for like or as published: which Oryx counts a panel draws, shown where the chosen series has
// both (oryx.json's asPublished), with the ledger's sentence on how each change is handled.
import { SegmentedControl } from "../../../components/SegmentedControl";
import type { MethodChange } from "../../../data/schemas/method-changes";
import type { OryxType } from "../../../data/schemas/oryx";
import { formatDate } from "../../../lib/format";
import { ORYX_DEFINITIONS, type OryxDefinition } from "../comparison-url-state";

const LABELS: Record<OryxDefinition, string> = { likeForLike: "Like for like", published: "As published" };

export function OryxDefinitionControl(props: {
  name: string;
  value: OryxDefinition;
  onChange: (value: OryxDefinition) => void;
}) {
  return (
    <SegmentedControl
      legend="Oryx counts"
      name={props.name}
      options={ORYX_DEFINITIONS}
      labels={LABELS}
      value={props.value}
      onChange={props.onChange}
    />
  );
}

/** The ledger's Oryx changes handled like for like that touch `types`, in its own words. */
export function OryxDefinitionNote(props: {
  changes: readonly MethodChange[];
  types: readonly OryxType[];
  value: OryxDefinition;
}) {
  const relevant = props.changes.filter(
    (c) =>
      c.source === "oryx" &&
      c.handlingKind === "likeForLike" &&
      (!c.keys || c.keys.some((k) => (props.types as readonly string[]).includes(k))),
  );
  if (relevant.length === 0) return null;
  return (
    <p className="cmp-mapping">
      {relevant.map((c) => (
        <span key={c.id}>
          <strong>{formatDate(c.from)}</strong>: {c.what}{" "}
          {props.value === "likeForLike"
            ? c.handling
            : "Shown here as published, with the fall on that day."}{" "}
        </span>
      ))}
    </p>
  );
}
