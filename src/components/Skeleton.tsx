// A grey placeholder of the panel's size while its data loads, so the page does not jump.
interface SkeletonProps {
  /** What is loading, read out to screen readers: "Loading {label}…". */
  label: string;
  /** Placeholder height in CSS pixels. */
  height?: number;
}

export function Skeleton({ label, height = 240 }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" style={{ height }}>
      <span className="visually-hidden">Loading {label}…</span>
    </div>
  );
}
