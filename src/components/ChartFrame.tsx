// The frame every chart and the map sits in: title (what the range shows), subtitle (the range),
// an optional one-line caveat, the legend drawn as part of the figure, the chart, and a footer
// with the sources and the day the data runs to. Its props are plain data, so export can rebuild
// the same figure outside the page (title, legend, footer) from them.
import type { ReactNode } from "react";
import { useId, useRef } from "react";
import { OnScreenContext, useOnScreenFlag } from "../lib/on-screen";
import type { IsoDate } from "../data/schemas/common";
import { formatDate } from "../lib/format";
import type { ExportData } from "../lib/export/csv";
import { DataTable } from "./DataTable";
import { DownloadMenu } from "./export/DownloadMenu";
import { LegendSwatch, type LegendItem } from "./LegendSwatch";

export type { LegendItem } from "./LegendSwatch";
export type { ExportData } from "../lib/export/csv";

export interface FrameSource {
  name: string;
  url: string;
}

export interface ChartFrameProps {
  /** Stable id: the figure's anchor and the stem of export file names. */
  id: string;
  /** What the range shows, built from the data ("Russia lost 55 tanks between …"). */
  title: ReactNode;
  /** Usually the range, e.g. "19 – 25 Jul 2023", plus the unit. */
  subtitle?: ReactNode;
  /** One-line caveat under the title ("at least: Oryx counts only photographed losses"). */
  note?: ReactNode;
  legend?: readonly LegendItem[];
  /** Called with a legend item's key while the pointer or focus is on it (null when it leaves). */
  onLegendHover?: (key: string | null) => void;
  sources: readonly FrameSource[];
  /** The last day of the data drawn ("Data to 8 Aug 2026"). */
  dataTo?: IsoDate;
  /** Extra footer text after the sources (e.g. "Latest statement: …"). */
  footnote?: ReactNode;
  /** Extra controls beside the title (the Download menu comes with `exportData`). */
  actions?: ReactNode;
  /**
   * The plotted series for the current range and options ({fileStem, columns, rows}): given, the
   * frame shows the Download menu (PNG, SVG, CSV, Copy link, Cite, Embed).
   */
  exportData?: ExportData;
  /** A sentence describing the chart for readers who cannot see it. */
  summary?: string;
  /** Show `exportData` as a table under the chart (default); off where the chart is a table. */
  dataTable?: boolean;
  className?: string;
  children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { id, title, subtitle, note, legend, onLegendHover, sources, dataTo, footnote, actions, summary } =
    props;
  const { exportData } = props;
  const titleId = useId();
  const summaryId = useId();
  // Whether this chart is on screen, for its settled marks (lib/perf.ts: the benchmark waits for
  // the charts a reader can see).
  const figureRef = useRef<HTMLElement>(null);
  const onScreen = useOnScreenFlag(figureRef);
  return (
    <OnScreenContext value={onScreen}>
      <figure
        ref={figureRef}
        id={id}
        className={`chart-frame${props.className ? ` ${props.className}` : ""}`}
        aria-labelledby={titleId}
        aria-describedby={summary ? summaryId : undefined}
        data-chart-frame={id}
      >
        <figcaption className="chart-frame__head">
          <div className="chart-frame__titles">
            <h3 id={titleId} className="chart-frame__title">
              {title}
            </h3>
            {subtitle && <p className="chart-frame__subtitle">{subtitle}</p>}
            {note && <p className="chart-frame__note">{note}</p>}
          </div>
          {(actions || exportData) && (
            <div className="chart-frame__actions">
              {actions}
              {exportData && (
                <DownloadMenu
                  frameId={id}
                  exportData={exportData}
                  legend={legend ?? []}
                  sources={sources}
                  dataTo={dataTo}
                />
              )}
            </div>
          )}
        </figcaption>
        {legend && legend.length > 0 && (
          <ul className="chart-frame__legend" aria-label="Legend">
            {legend.map((item) => (
              <li
                key={item.key ?? item.label}
                className={item.muted ? "chart-frame__key chart-frame__key--muted" : "chart-frame__key"}
                onPointerEnter={onLegendHover ? () => onLegendHover(item.key ?? item.label) : undefined}
                onPointerLeave={onLegendHover ? () => onLegendHover(null) : undefined}
              >
                <LegendSwatch item={item} />
                {item.label}
              </li>
            ))}
          </ul>
        )}
        {summary && (
          <p id={summaryId} className="visually-hidden">
            {summary}
          </p>
        )}
        <div className="chart-frame__body">{props.children}</div>
        {exportData && props.dataTable !== false && (
          <DataTable data={exportData} caption={typeof title === "string" ? title : id} />
        )}
        <footer className="chart-frame__foot">
          <span>
            Source{sources.length === 1 ? "" : "s"}:{" "}
            {sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 && (i === sources.length - 1 ? " and " : ", ")}
                <a href={s.url} rel="noopener noreferrer" target="_blank">
                  {s.name}
                </a>
              </span>
            ))}
            .
          </span>
          {dataTo && (
            <span>
              {" "}
              Data to <span className="chart-frame__data-to">{formatDate(dataTo)}.</span>
            </span>
          )}
          {footnote && <span> {footnote}</span>}
        </footer>
      </figure>
    </OnScreenContext>
  );
}
