// The root of a chart drawn as a standalone <svg> of a fixed size (the chart scenes' snapshots and
// gallery): its namespace, size, name and font, so the markup opens on its own.
import type { ReactNode } from "react";

export function StaticChartSvg(props: { width: number; height: number; label: string; children: ReactNode }) {
  const { width, height } = props;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.label}
      fontFamily="Inter, system-ui, sans-serif"
    >
      {props.children}
    </svg>
  );
}
