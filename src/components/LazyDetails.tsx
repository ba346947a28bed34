// A disclosure (<details>) whose content is rendered only while it is open: long lists and tables
// under a chart would otherwise be rebuilt, unseen, on every range change.
import { useState, type ReactNode } from "react";

interface LazyDetailsProps {
  className?: string;
  summary: ReactNode;
  /** A function, so the content is not even built while closed (JSX children would be). */
  children: () => ReactNode;
  /** Left out of exported figures (see capture-svg.ts). */
  skipInExport?: boolean;
}

export function LazyDetails({ className, summary, children, skipInExport }: LazyDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={className}
      data-export={skipInExport ? "skip" : undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {/* The page prebuilt at build time (src/app/prerender.tsx) holds the content for readers
          without scripts, who open the disclosure natively; with scripts, browsers never parse a
          noscript's content and the client renders it empty, so hydration is unaffected. */}
      {open ? children() : <noscript>{typeof window === "undefined" ? children() : null}</noscript>}
    </details>
  );
}
