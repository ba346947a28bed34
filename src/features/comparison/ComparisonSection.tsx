// The "Claims vs confirmed" section, loaded lazily (React.lazy in App, mounted when near the
// viewport) so it never weighs on the first chart: four panels, each in its own boundary, all
// following the global range.
import { useEffect, useState } from "react";
import { PanelBoundary } from "../../components/PanelBoundary";
import { useClaims } from "../../data/queries/claims";
import { useLosses } from "../../data/queries/losses";
import { useMethodChanges } from "../../data/queries/method-changes";
import { useOryx } from "../../data/queries/oryx";
import { useTerritory } from "../../data/queries/territory";
import { afterNextFrame } from "../../lib/idle";
import { ClaimedConfirmedSection, LedgerSection, SidesSection, TerritorySection } from "./comparison-panels";
import "./comparison.css";

/** Panels in the section, mounted in turn (ComparisonPanels). */
const PANELS = 4;

// App mounts this only once the section comes near the viewport (or a link points into it).
export default function ComparisonSection() {
  return (
    <div className="cmp-section">
      <ComparisonPanels />
    </div>
  );
}

function ComparisonPanels() {
  // Each panel loads its own files (comparison-panels.tsx); the same queries here say when each
  // panel's files are in, so the next one mounts.
  const losses = useLosses();
  const oryx = useOryx();
  const territory = useTerritory();
  const claims = useClaims();
  const methodChanges = useMethodChanges();
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
  // Each panel in turn: held until the panels before it have mounted.
  return (
    <>
      <PanelBoundary name="claimed vs confirmed">
        <ClaimedConfirmedSection hold={0 >= mounted} />
      </PanelBoundary>
      <PanelBoundary name="Russia vs Ukraine">
        <SidesSection hold={1 >= mounted} />
      </PanelBoundary>
      <PanelBoundary name="territory">
        <TerritorySection hold={2 >= mounted} />
      </PanelBoundary>
      <PanelBoundary name="claims ledger">
        <LedgerSection hold={3 >= mounted} />
      </PanelBoundary>
    </>
  );
}
