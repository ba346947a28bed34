import { longestMainThreadTask } from "./trace-tasks";

const thread = (pid: number, tid: number, name: string) => ({
  ph: "M",
  name: "thread_name",
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, ms: number) => ({
  ph: "X",
  name: "RunTask",
  pid,
  tid,
  dur: ms * 1000,
});

describe("longestMainThreadTask", () => {
  it("reads tasks under 50 ms, which the Long Tasks API never reports", () => {
    const trace = { traceEvents: [thread(1, 10, "CrRendererMain"), task(1, 10, 12.5), task(1, 10, 31.25)] };
    expect(longestMainThreadTask(trace)).toBe(31.25);
  });
  it("counts only the renderer's main thread, not the compositor or the browser", () => {
    const trace = [
      thread(1, 10, "CrRendererMain"),
      thread(1, 11, "Compositor"),
      thread(2, 20, "CrBrowserMain"),
      task(1, 10, 8),
      task(1, 11, 90),
      task(2, 20, 120),
    ];
    expect(longestMainThreadTask(trace)).toBe(8);
  });
  it("is 0 for a trace without tasks", () => {
    expect(longestMainThreadTask({ traceEvents: [] })).toBe(0);
  });
});
