// Marks a chart settled (src/lib/perf.ts, read by `npm run bench`) after each commit that redrew
// it, once it has a size, and tells AfterFirstChart when the first one has been painted.
import { useLayoutEffect } from "react";
import { useSettledMark } from "../lib/perf";
import { noteChartPainted } from "./AfterFirstChart";

export function useChartSettled(name: string, drawn: boolean): void {
  useSettledMark(name, drawn);
  // Once painted (the frame after this commit), what waits for the first chart may load.
  useLayoutEffect(() => {
    if (drawn) requestAnimationFrame(() => setTimeout(noteChartPainted));
  }, [drawn]);
}
