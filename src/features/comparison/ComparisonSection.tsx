// The "Claims vs confirmed" section, loaded lazily (React.lazy in App, mounted when near the
// viewport) so it never weighs on the first chart: four panels, each in its own boundary, all
// following the global range.
import { memo, useEffect, useState } from "react";
import { FollowRange } from "../../components/FollowRange";
import { Loaded } from "../../components/Loaded";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useClaims } from "../../data/queries/claims";
import { useLosses } from "../../data/queries/losses";
import { useMethodChanges } from "../../data/queries/method-changes";
import { useOryx } from "../../data/queries/oryx";
import { useTerritory } from "../../data/queries/territory";
import { usePlaceHistory } from "../../data/queries/place-history";
import { useRangeUpdate, useUrlState } from "../../filters/use-url-state";
import { ClaimedConfirmedPanel as ClaimedConfirmedPanelView } from "./claimed/ClaimedConfirmedPanel";
import { ClaimsLedgerPanel } from "./ledger/ClaimsLedgerPanel";
import { comparisonUrlState } from "./comparison-url-state";
import { SidesPanel as SidesPanelView } from "./sides/SidesPanel";
import { TerritoryPanel as TerritoryPanelView } from "./territory/TerritoryPanel";
import { afterNextFrame } from "../../lib/idle";
import "./comparison.css";

// Memoised: off screen, FollowRange hands each the range it last drew, and nothing else changed.
const ClaimedConfirmedPanel = memo(ClaimedConfirmedPanelView);
const SidesPanel = memo(SidesPanelView);
const TerritoryPanel = memo(TerritoryPanelView);

/** Panels in the section, mounted in turn (ComparisonPanels). */
const PANELS = 4;

/** The data the ledger's verdicts are read from (sources.json ids). */
const LEDGER_SOURCES = new Set(["general-staff", "oryx", "deepstate-history", "nzz"]);

// App mounts this only once the section comes near the viewport (or a link points into it).
export default function ComparisonSection() {
  return (
    <div className="cmp-section">
      <ComparisonPanels />
    </div>
  );
}

function ComparisonPanels() {
  const losses = useLosses();
  const oryx = useOryx();
  const territory = useTerritory();
  const claims = useClaims();
  // The place history (a lazily loaded file) only when a statement is about a place.
  const placeHistory = usePlaceHistory(
    claims.data?.claims.some((c) => c.readings.some((r) => r.check.kind === "placeHeld")) ?? false,
  );
  const methodChanges = useMethodChanges();
  const updateRange = useRangeUpdate();
  const { state, update } = useUrlState(comparisonUrlState);
  // The panels mount one per frame, in page order, each once its data has arrived or failed: drawn
  // all at once they made one task of several hundred milliseconds, during which a scroll froze.
  const panelQueries = [
    [losses, oryx, methodChanges],
    [oryx, methodChanges],
    [territory],
    [claims, losses, oryx, territory],
  ];
  const settled = panelQueries.map((qs) => qs.every((q) => q.status !== "pending"));
  const [mounted, setMounted] = useState(1);
  const lastSettled = settled[mounted - 1] ?? true;
  useEffect(() => {
    if (!lastSettled || mounted >= PANELS) return;
    return afterNextFrame(() => setMounted((n) => n + 1));
  }, [lastSettled, mounted]);
  // A #cmp-… permalink's target appears once its panel mounts: useHashAnchor (App) scrolls to it.
  const view = { state, update, onRangeChange: updateRange };
  // Each panel in turn (`hold` until the panels before it have mounted); the first three follow the range.
  const loading = (what: string, turn: number, height: number) => ({
    title: `The ${what} data could not be loaded`,
    label: `the ${what} data`,
    height,
    hold: turn >= mounted,
  });
  return (
    <>
      <PanelBoundary name="claimed vs confirmed">
        <Loaded queries={[losses, oryx, methodChanges] as const} {...loading("losses", 0, 620)}>
          {(l, o, m) => (
            <FollowRange>
              {(range) => (
                <ClaimedConfirmedPanel
                  losses={l}
                  oryx={o}
                  methodChanges={m.changes}
                  range={range}
                  {...view}
                />
              )}
            </FollowRange>
          )}
        </Loaded>
      </PanelBoundary>
      <PanelBoundary name="Russia vs Ukraine">
        <Loaded queries={[oryx, methodChanges] as const} {...loading("Oryx", 1, 620)}>
          {(o, m) => (
            <FollowRange>
              {(range) => <SidesPanel oryx={o} methodChanges={m.changes} range={range} {...view} />}
            </FollowRange>
          )}
        </Loaded>
      </PanelBoundary>
      <PanelBoundary name="territory">
        <Loaded queries={[territory] as const} {...loading("territory", 2, 720)}>
          {(t) => (
            <FollowRange>
              {(range) => <TerritoryPanel territory={t} range={range} state={state} update={update} />}
            </FollowRange>
          )}
        </Loaded>
      </PanelBoundary>
      <PanelBoundary name="claims ledger">
        <Loaded queries={[claims, losses, oryx, territory] as const} {...loading("claims ledger", 3, 600)}>
          {(c, l, o, t) => (
            <ClaimsLedgerPanel
              claims={c}
              data={{ generalStaff: l.generalStaff, oryx: o, territory: t, placeHistory: placeHistory.data }}
              sources={[...l.sources, ...o.sources, ...t.sources]
                .filter((s) => LEDGER_SOURCES.has(s.id))
                .map((s) => ({ name: s.name, url: s.url }))}
            />
          )}
        </Loaded>
      </PanelBoundary>
    </>
  );
}
