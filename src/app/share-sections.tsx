// The figures each section's link preview is made from (scripts/prerender: /share/<id>/ pages):
// the section's own panel components, fed the committed data and the default view's URL state, as
// the page composes them (comparison-panels.tsx, MapView.tsx). Rendered in Node by prerender.tsx,
// where every chart draws at the build's width (use-element-width.ts). The map itself measures its
// box in the browser, so the map section's picture is its held-area chart (drawn beside the map).
import type { ReactElement } from "react";
import { FollowRange } from "../components/FollowRange";
import { Loaded } from "../components/Loaded";
import { useMethodChanges } from "../data/queries/method-changes";
import { useTerritory } from "../data/queries/territory";
import { useUrlState } from "../filters/use-url-state";
import {
  ClaimedConfirmedSection,
  LedgerSection,
  SidesSection,
  TerritorySection,
} from "../features/comparison/comparison-panels";
import { SectorCharts } from "../features/map/components/SectorCharts";
import { mapRangeOf } from "../features/map/derive/derive-map-range";
import { mapUrlState } from "../features/map/url-state";
import { LossesPanel } from "../features/losses/LossesPanel";
import { JUMP_TARGETS, sectionTitle } from "./sections";

export type ShareTargetId = (typeof JUMP_TARGETS)[number]["id"] | "comparison";

export interface ShareSection {
  /** The element the page's link lands on (`/#<id>`), and the share page's folder. */
  id: ShareTargetId;
  /** What the reader shares, as the jump bar names it. */
  title: string;
  /** The frame (ChartFrame id, a prefix) whose chart is the picture; the first frame if absent. */
  figure?: string;
  /** The frame (an id prefix) whose title heads the page's title; the first frame if absent. */
  headline?: string;
  /** Said in the picture's alt text when the picture is not the section's own figure. */
  standsIn?: string;
  render: () => ReactElement;
}

/** The ledger is a table: its share page takes its title from it, and the claimed chart as picture. */
function Ledger() {
  return (
    <>
      <LedgerSection />
      <ClaimedConfirmedSection />
    </>
  );
}

/** The map section's charts for the whole of Ukraine (the map's default view), over the map's range. */
function MapCharts() {
  const territory = useTerritory();
  const methodChanges = useMethodChanges();
  const { state } = useUrlState(mapUrlState);
  return (
    <Loaded queries={[territory, methodChanges] as const} title="" label="the territory data" height={0}>
      {(t, m) => (
        <FollowRange>
          {(asked) => (
            <SectorCharts
              territory={t}
              range={mapRangeOf(asked, [t.deepstate, t.nzz]).range}
              nzzDefinition={state.def}
              methodChanges={m.changes}
              view={state.map}
              viewName="all Ukraine"
            />
          )}
        </FollowRange>
      )}
    </Loaded>
  );
}

const titleOf = (id: (typeof JUMP_TARGETS)[number]["id"]) =>
  JUMP_TARGETS.find((t) => t.id === id)?.title ?? id;

/** One share page per jump target, and one for the comparison section as a whole. */
export const SHARE_SECTIONS: readonly ShareSection[] = [
  { id: "losses", title: titleOf("losses"), render: () => <LossesPanel /> },
  { id: "comparison", title: sectionTitle("comparison"), render: () => <ClaimedConfirmedSection /> },
  { id: "cmp-claimed", title: titleOf("cmp-claimed"), render: () => <ClaimedConfirmedSection /> },
  { id: "cmp-sides", title: titleOf("cmp-sides"), render: () => <SidesSection /> },
  { id: "cmp-territory", title: titleOf("cmp-territory"), render: () => <TerritorySection /> },
  {
    id: "cmp-ledger",
    title: titleOf("cmp-ledger"),
    figure: "claimed-vs-confirmed-",
    standsIn: "the ledger is a table; this is the claimed vs confirmed chart it checks statements against",
    render: () => <Ledger />,
  },
  {
    id: "map",
    title: titleOf("map"),
    figure: "map-occupied-",
    // The held-area chart's title names no figure; the weekly chart's gives the range's km².
    headline: "map-weekly-",
    standsIn: "the map is drawn in the browser; this is the held-area chart beside it",
    render: () => <MapCharts />,
  },
];
