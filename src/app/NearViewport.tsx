// Mounts its children only once the wrapper comes within `margin` of the viewport, so a lazy
// section's code and data load when the reader gets near it, never before the first chart.
import { useRef, type ReactNode } from "react";
import { useNearViewport } from "../lib/on-screen";

export function NearViewport(props: {
  className: string;
  margin: string;
  /** Mount at once (e.g. a link points inside the section). */
  initially?: boolean;
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, props.margin, props.initially);
  return (
    <div ref={ref} className={props.className}>
      {near ? props.children : props.placeholder}
    </div>
  );
}
