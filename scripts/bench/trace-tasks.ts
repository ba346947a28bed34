// The longest task on a page's main thread, read from a Chrome trace. The Long Tasks API reports
// only tasks of 50 ms or more, so once no task reached 50 ms the benchmark read 0 ms for "longest
// task after load": now every task counts (the trace's RunTask events on the renderer's main
// thread, "CrRendererMain"). Pure, unit-tested.

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  args?: { name?: string };
}

/** The longest RunTask on any renderer main thread, in ms (0 if the trace holds none). */
export function longestMainThreadTask(trace: { traceEvents?: TraceEvent[] } | TraceEvent[]): number {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.name === "RunTask" && e.ph === "X" && main.has(`${e.pid}:${e.tid}`))
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
}
