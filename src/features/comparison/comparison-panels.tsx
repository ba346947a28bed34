// The section's four panels, each loading its own files and, but for the ledger, following the
// global range: used by the page (ComparisonSection, which mounts them in turn) and by the build's
// share pages (src/app/share-sections.tsx), so a preview is drawn exactly as the panel on the page.
import { memo } from "react";
import { FollowRange } from "../../components/FollowRange";
import { Loaded } from "../../components/Loaded";
import { useClaims } from "../../data/queries/claims";
import { useLosses } from "../../data/queries/losses";
import { useMethodChanges } from "../../data/queries/method-changes";
import { useOryx } from "../../data/queries/oryx";
import { usePlaceHistory } from "../../data/queries/place-history";
import { useTerritory } from "../../data/queries/territory";
import { useRangeUpdate, useUrlState } from "../../filters/use-url-state";
import { ClaimedConfirmedPanel as ClaimedConfirmedPanelView } from "./claimed/ClaimedConfirmedPanel";
import { comparisonUrlState } from "./comparison-url-state";
import { ClaimsLedgerPanel } from "./ledger/ClaimsLedgerPanel";
import { SidesPanel as SidesPanelView } from "./sides/SidesPanel";
import { TerritoryPanel as TerritoryPanelView } from "./territory/TerritoryPanel";

// Memoised: off screen, FollowRange hands each the range it last drew, and nothing else changed.
const ClaimedConfirmedPanel = memo(ClaimedConfirmedPanelView);
const SidesPanel = memo(SidesPanelView);
const TerritoryPanel = memo(TerritoryPanelView);

/** The data the ledger's verdicts are read from (sources.json ids). */
const LEDGER_SOURCES = new Set(["general-staff", "oryx", "deepstate-history", "nzz"]);

/** `hold`: keep the skeleton though the files are in (the panels before it have not mounted yet). */
interface PanelProps {
  hold?: boolean;
}

const loading = (what: string, height: number, hold: boolean | undefined) => ({
  title: `The ${what} data could not be loaded`,
  label: `the ${what} data`,
  height,
  hold,
});

/** The URL state and range setter every panel but the ledger's takes. */
function useComparisonView() {
  const { state, update } = useUrlState(comparisonUrlState);
  const onRangeChange = useRangeUpdate();
  return { state, update, onRangeChange };
}

export function ClaimedConfirmedSection({ hold }: PanelProps) {
  const losses = useLosses();
  const oryx = useOryx();
  const methodChanges = useMethodChanges();
  const view = useComparisonView();
  return (
    <Loaded queries={[losses, oryx, methodChanges] as const} {...loading("losses", 620, hold)}>
      {(l, o, m) => (
        <FollowRange>
          {(range) => (
            <ClaimedConfirmedPanel losses={l} oryx={o} methodChanges={m.changes} range={range} {...view} />
          )}
        </FollowRange>
      )}
    </Loaded>
  );
}

export function SidesSection({ hold }: PanelProps) {
  const oryx = useOryx();
  const methodChanges = useMethodChanges();
  const view = useComparisonView();
  return (
    <Loaded queries={[oryx, methodChanges] as const} {...loading("Oryx", 620, hold)}>
      {(o, m) => (
        <FollowRange>
          {(range) => <SidesPanel oryx={o} methodChanges={m.changes} range={range} {...view} />}
        </FollowRange>
      )}
    </Loaded>
  );
}

export function TerritorySection({ hold }: PanelProps) {
  const territory = useTerritory();
  const { state, update } = useUrlState(comparisonUrlState);
  return (
    <Loaded queries={[territory] as const} {...loading("territory", 720, hold)}>
      {(t) => (
        <FollowRange>
          {(range) => <TerritoryPanel territory={t} range={range} state={state} update={update} />}
        </FollowRange>
      )}
    </Loaded>
  );
}

export function LedgerSection({ hold }: PanelProps) {
  const claims = useClaims();
  const losses = useLosses();
  const oryx = useOryx();
  const territory = useTerritory();
  // The place history (a lazily loaded file) only when a statement is about a place.
  const placeHistory = usePlaceHistory(
    claims.data?.claims.some((c) => c.readings.some((r) => r.check.kind === "placeHeld")) ?? false,
  );
  return (
    <Loaded queries={[claims, losses, oryx, territory] as const} {...loading("claims ledger", 600, hold)}>
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
  );
}
