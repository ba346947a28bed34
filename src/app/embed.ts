// The chart-only view (?embed=<chart id>) that the "Embed" snippet's <iframe> loads: the page
// renders as usual, but only the chart frame with that id, and a link back, are shown. An id no
// chart has gives the whole dashboard with a notice naming it and the ids that exist.
import { echo } from "../filters/parse-helpers";
import { ownsComparisonFrame } from "../features/comparison/linked";
import { ownsMapFrame } from "../features/map/frame-ids";
import { ownsPlaceFrame } from "../features/place/frame-id";

/** The sections that draw chart frames, each with the ids it draws (by their stem). */
export type EmbedSection = "losses" | "comparison" | "map";

const OWNERS: readonly (readonly [EmbedSection, (id: string) => boolean])[] = [
  // LossesChart: losses-<group id>
  ["losses", (id) => id.startsWith("losses-")],
  ["comparison", ownsComparisonFrame],
  ["map", ownsMapFrame],
  // PlacePanel (in the map section): place-timeline
  ["map", ownsPlaceFrame],
];

export type EmbedRequest =
  /** A plausible chart id, and the section that would draw it. */
  | { kind: "chart"; id: string; section: EmbedSection }
  /** Anything else (`?embed=true`, an unknown stem, markup): the raw value, for the notice. */
  | { kind: "unknown"; raw: string };

/** What ?embed= asks for; null without the parameter (the full page). */
export function embedRequest(search: string): EmbedRequest | null {
  const params = new URLSearchParams(search);
  if (!params.has("embed")) return null;
  const raw = params.get("embed") ?? "";
  const plausible = /^[a-z0-9][a-z0-9-]{0,79}$/.test(raw);
  const owner = plausible ? OWNERS.find(([, owns]) => owns(raw)) : undefined;
  return owner ? { kind: "chart", id: raw, section: owner[0] } : { kind: "unknown", raw };
}

/** The notice over the dashboard when ?embed= names no chart on the page. */
export function unknownEmbedNotice(raw: string, ids: readonly string[]): string {
  const known = ids.length > 0 ? ids.join(", ") : "(the charts are still loading)";
  return `There is no chart ${echo(raw)} to embed, so the whole dashboard is shown. Charts that can be embedded (?embed=<id>): ${known}.`;
}

/** The full dashboard with the same view. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  return url.toString().replaceAll("%2C", ",");
}
