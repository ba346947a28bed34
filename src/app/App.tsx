// The page: header, the global date range, then one section per panel; each panel dates its own
// figures ("Data to …" in its footer) and the Sources section gives every source's period.
// Nothing below the header renders before the manifest (bounds, credits) is loaded; if it fails,
// the reader sees why and can retry.
import { Loaded } from "../components/Loaded";
import { PanelBoundary } from "../components/PanelBoundary";
import { Skeleton } from "../components/Skeleton";
import { ThemeToggle } from "../components/ThemeToggle";
import { useManifest } from "../data/queries/manifest";
import { LossesPanel } from "../features/losses/LossesPanel";
import { embedRequest, type EmbedRequest } from "./embed";
import { EmbedView, PageMetaSync, UnknownEmbedNotice } from "./EmbedView";
import { lazy, Suspense, useCallback, useState } from "react";
import { linkedHere } from "../features/comparison/linked";
import { NearViewport } from "./NearViewport";
import { useHashAnchor } from "../lib/permalink";
import { LazyMapPanel } from "../features/map/LazyMapPanel";
import { FilterBar } from "./FilterBar";
import { Section } from "./Section";
import { SECTIONS } from "./sections";
import { SourcesList } from "./SourcesList";
import { OfflineNotice } from "../offline/OfflineNotice";
import { DataAges } from "./data-ages/DataAges";

// Read once: the embed switch comes with the iframe's URL and no control changes it.
const EMBED = typeof window === "undefined" ? null : embedRequest(window.location.search);
// Loaded on demand, when the section comes near the viewport: not part of the first chart's bundle.
const ComparisonSection = lazy(() => import("../features/comparison/ComparisonSection"));
// The map section's place question (features/place, joined to the map's state).
const MapPlace = lazy(() => import("./MapPlace"));
const PLACE_LINKED =
  typeof window !== "undefined" && new URLSearchParams(window.location.search).has("place");

export function App() {
  const manifest = useManifest();
  useHashAnchor();
  // A chart id that its section turns out not to draw becomes an unknown one: the dashboard shows.
  const [embed, setEmbed] = useState<EmbedRequest | null>(EMBED);
  // A click on the map asks the place panel beside it (the settlement nearest the point).
  const [point, setPoint] = useState<{ lonLat: [number, number]; seq: number } | null>(null);
  const onPointClick = useCallback(
    (lonLat: [number, number]) => setPoint((p) => ({ lonLat, seq: (p?.seq ?? 0) + 1 })),
    [],
  );
  const onMissing = useCallback(
    () => setEmbed((e) => (e?.kind === "chart" ? { kind: "unknown", raw: e.id } : e)),
    [],
  );
  // The chart-only view mounts the section that draws the chart at once (its wrapper is hidden, so
  // it never comes near the viewport); an unknown id mounts them all, to list every chart.
  const eager = (section: "comparison" | "map") =>
    embed !== null && (embed.kind === "unknown" || embed.section === section);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__row">
          <div>
            <h1>Russia–Ukraine war in data</h1>
            <p className="site-header__subtitle">
              Russian losses as claimed by Ukraine’s General Staff, losses confirmed by photo or video, and
              the front line, each with its source.
            </p>
          </div>
          <ThemeToggle />
        </div>
        {manifest.status === "success" && <DataAges sources={manifest.data.sources} />}
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        <Loaded
          queries={[manifest] as const}
          title="The dashboard's data could not be loaded"
          label="the dataset's overview"
          height={120}
        >
          {(m) => (
            <>
              <PanelBoundary name="date range">
                <FilterBar />
              </PanelBoundary>
              {embed?.kind === "unknown" && <UnknownEmbedNotice raw={embed.raw} />}
              <Section id="losses">
                <PanelBoundary name="losses">
                  <LossesPanel />
                </PanelBoundary>
              </Section>
              <Section id="comparison">
                <NearViewport
                  className="lazy-section lazy-section--comparison"
                  margin="600px"
                  initially={linkedHere() || eager("comparison")}
                  placeholder={<Skeleton label="the comparison panels" height={1600} />}
                >
                  <PanelBoundary name="claims vs confirmed">
                    <ComparisonSection />
                  </PanelBoundary>
                </NearViewport>
              </Section>
              <Section id="map">
                <PanelBoundary name="map">
                  <LazyMapPanel eager={eager("map")} onPointClick={onPointClick} />
                </PanelBoundary>
                <PanelBoundary name="place history">
                  <NearViewport
                    className="lazy-section lazy-section--place"
                    margin="300px"
                    initially={PLACE_LINKED || eager("map")}
                    placeholder={<Skeleton label="the place search" height={90} />}
                  >
                    <Suspense fallback={<Skeleton label="the place search" height={90} />}>
                      <MapPlace point={point} />
                    </Suspense>
                  </NearViewport>
                </PanelBoundary>
              </Section>
              <Section id="sources" intro="Every figure on this page comes from one of these sources.">
                <SourcesList manifest={m} />
              </Section>
            </>
          )}
        </Loaded>
      </main>
      {manifest.status === "success" &&
        (embed?.kind === "chart" ? (
          <EmbedView chartId={embed.id} section={embed.section} onMissing={onMissing} />
        ) : (
          <PageMetaSync />
        ))}
      <footer className="site-footer">
        <p>
          Built from public data; see <a href="#sources">Sources</a>. Figures are as reported by each source
          and are not independently verified.
        </p>
      </footer>
    </>
  );
}
