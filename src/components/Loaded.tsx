// The one way a panel waits for its data files: by the queries' status (TanStack Query's pattern, so
// TypeScript narrows `data`). Any failed query shows an ErrorPanel naming the file and the problem,
// whose Retry refetches every query of the panel; until all have data, a skeleton of the panel's
// size holds its place. Suspense is left to code loading (React.lazy, PanelBoundary).
import type { ReactNode } from "react";
import { ErrorPanel } from "./ErrorPanel";
import { Skeleton } from "./Skeleton";

/** The part of a TanStack Query result `Loaded` reads. */
export interface LoadingQuery<T> {
  status: "pending" | "error" | "success";
  data: T | undefined;
  error: unknown;
  refetch: () => unknown;
}

interface LoadedProps<T extends readonly unknown[]> {
  queries: { readonly [K in keyof T]: LoadingQuery<T[K]> };
  /** The error panel's title, e.g. "The losses data could not be loaded". */
  title: string;
  /** What the skeleton is loading, read out as "Loading {label}…". */
  label: string;
  /** The skeleton's height in CSS pixels (about the panel's own). */
  height: number;
  /** Keep the skeleton although the data is here (e.g. until the panel's turn to mount). */
  hold?: boolean;
  /** Wraps the skeleton (a placeholder with its own class). */
  pendingClassName?: string;
  children: (...data: T) => ReactNode;
}

export function Loaded<T extends readonly unknown[]>(props: LoadedProps<T>) {
  const queries = props.queries as readonly LoadingQuery<unknown>[];
  const failed = queries.find((q) => q.status === "error");
  if (failed)
    return (
      <ErrorPanel
        title={props.title}
        error={failed.error}
        onRetry={() => queries.forEach((q) => void q.refetch())}
      />
    );
  if (props.hold || queries.some((q) => q.data === undefined)) {
    const skeleton = <Skeleton label={props.label} height={props.height} />;
    return props.pendingClassName ? <div className={props.pendingClassName}>{skeleton}</div> : skeleton;
  }
  return <>{props.children(...(queries.map((q) => q.data) as unknown as T))}</>;
}
