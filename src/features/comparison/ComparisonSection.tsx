// The "Claims vs confirmed" section, loaded lazily (React.lazy in App, mounted when near the
// viewport) so it never weighs on the first chart: four panels, each in its own boundary, all
// following the global range.
import { memo, useEffect, useState, type ReactNode } from "react";
import { FollowRange } from "../../components/FollowRange";
import { ErrorPanel } from "../../components/ErrorPanel";
import { PanelBoundary } from "../../components/PanelBoundary";
import { Skeleton } from "../../components/Skeleton";
import { useClaims } from "../../data/queries/claims";
import { useLosses } from "../../data/queries/losses";
import { useMethodChanges } from "../../data/queries/method-changes";
import { useOryx } from "../../data/queries/oryx";
import { useTerritory } from "../../data/queries/territory";
import { usePlaceHistory } from "../../data/queries/place-history";
import type { DateRange } from "../../filters/range";
import { useRangeUpdate, useUrlState } from "../../filters/use-url-state";
import { ClaimedConfirmedPanel as ClaimedConfirmedPanelView } from "./ClaimedConfirmedPanel";
import { ClaimsLedgerPanel } from "./ClaimsLedgerPanel";
import { comparisonUrlState } from "./comparison-url-state";
import { SidesPanel as SidesPanelView } from "./SidesPanel";
import { TerritoryPanel as TerritoryPanelView } from "./TerritoryPanel";
import { linkedHere } from "./linked";
import { afterNextFrame } from "../../lib/idle";
import "./comparison.css";

interface WhenLoadedProps<T extends unknown[]> {
  queries: { [K in keyof T]: { status: string; data?: T[K]; error: unknown; refetch: () => unknown } };
  turn: number;
  /** How many panels may be mounted so far. */
  mounted: number;
  what: string;
  height: number;
  ready: (...data: T) => ReactNode;
}

/**
 * Renders `ready` once every query has data and its `turn` has come (panels before it mounted); a
 * skeleton or an error with Retry until then.
 */
function WhenLoaded<T extends unknown[]>(props: WhenLoadedProps<T>) {
  const failed = props.queries.find((q) => q.status === "error");
  if (failed)
    return (
      <ErrorPanel
        title={`The ${props.what} data could not be loaded`}
        error={failed.error}
        onRetry={() => props.queries.forEach((q) => void q.refetch())}
      />
    );
  if (props.queries.some((q) => q.status !== "success") || props.turn >= props.mounted)
    return <Skeleton label={`the ${props.what} data`} height={props.height} />;
  return <>{props.ready(...(props.queries.map((q) => q.data) as T))}</>;
}

/** A panel that follows the global range: its error boundary, then WhenLoaded, then FollowRange. */
function RangePanel<T extends unknown[]>(
  props: Omit<WhenLoadedProps<T>, "ready"> & {
    name: string;
    draw: (range: DateRange, ...data: T) => ReactNode;
  },
) {
  const { name, draw, ...loading } = props;
  return (
    <PanelBoundary name={name}>
      <WhenLoaded
        {...loading}
        ready={(...data: T) => <FollowRange>{(range) => draw(range, ...data)}</FollowRange>}
      />
    </PanelBoundary>
  );
}

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
  // The browser could not scroll to a #cmp-… target before it existed: do it once it does.
  const allMounted = mounted >= PANELS && settled.every(Boolean);
  useEffect(() => {
    if (!allMounted || !linkedHere()) return;
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [allMounted]);
  return (
    <>
      <RangePanel
        name="claimed vs confirmed"
        turn={0}
        mounted={mounted}
        queries={[losses, oryx, methodChanges] as const}
        what="losses"
        height={620}
        draw={(range, l, o, m) => (
          <ClaimedConfirmedPanel
            losses={l}
            oryx={o}
            methodChanges={m.changes}
            range={range}
            state={state}
            update={update}
            onRangeChange={updateRange}
          />
        )}
      />
      <RangePanel
        name="Russia vs Ukraine"
        turn={1}
        mounted={mounted}
        queries={[oryx, methodChanges] as const}
        what="Oryx"
        height={620}
        draw={(range, o, m) => (
          <SidesPanel
            oryx={o}
            methodChanges={m.changes}
            range={range}
            state={state}
            update={update}
            onRangeChange={updateRange}
          />
        )}
      />
      <RangePanel
        name="territory"
        turn={2}
        mounted={mounted}
        queries={[territory] as const}
        what="territory"
        height={720}
        draw={(range, t) => <TerritoryPanel territory={t} range={range} state={state} update={update} />}
      />
      <PanelBoundary name="claims ledger">
        <WhenLoaded
          turn={3}
          mounted={mounted}
          queries={[claims, losses, oryx, territory] as const}
          what="claims ledger"
          height={600}
          ready={(c, l, o, t) => (
            <ClaimsLedgerPanel
              claims={c}
              data={{ generalStaff: l.generalStaff, oryx: o, territory: t, placeHistory: placeHistory.data }}
              sources={[...l.sources, ...o.sources, ...t.sources]
                .filter((s) => LEDGER_SOURCES.has(s.id))
                .map((s) => ({ name: s.name, url: s.url }))}
            />
          )}
        />
      </PanelBoundary>
    </>
  );
}
