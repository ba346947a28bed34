import { afterEach, describe, expect, it, vi } from "vitest";

// A controllable requestIdleCallback: the test decides when the browser is idle and for how long.
function fakeIdle() {
  type Callback = (d: { timeRemaining(): number }) => void;
  const queue = new Map<number, Callback>();
  let nextId = 1;
  vi.stubGlobal("requestIdleCallback", (cb: Callback) => {
    queue.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal("cancelIdleCallback", (id: number) => queue.delete(id));
  return {
    /** One idle period with `ms` left before the next frame; false when nothing was waiting. */
    idle(ms: number) {
      const first = queue.entries().next();
      if (first.done) return false;
      queue.delete(first.value[0]);
      first.value[1]({ timeRemaining: () => ms });
      return true;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("runWhenIdle (the map's work ahead of the slider)", () => {
  it("does nothing until the page is idle, then works through the list in order", async () => {
    const browser = fakeIdle();
    const { runWhenIdle } = await import("./idle-work");
    const done: number[] = [];
    runWhenIdle(
      () => [1, 2, 3],
      (n) => done.push(n),
    );
    expect(done).toEqual([]);
    while (browser.idle(50));
    expect(done).toEqual([1, 2, 3]);
  });

  it("with no idle time left still does one item per idle period, so it never stalls", async () => {
    const browser = fakeIdle();
    const { runWhenIdle } = await import("./idle-work");
    const done: number[] = [];
    runWhenIdle(
      () => [1, 2, 3],
      (n) => done.push(n),
    );
    browser.idle(0);
    expect(done).toEqual([1]);
    browser.idle(0);
    expect(done).toEqual([1, 2]);
  });

  it("stops when cancelled (the slider moved on: those days are no longer the next ones)", async () => {
    const browser = fakeIdle();
    const { runWhenIdle } = await import("./idle-work");
    const done: number[] = [];
    const cancel = runWhenIdle(
      () => [1, 2, 3],
      (n) => done.push(n),
    );
    browser.idle(0);
    cancel();
    while (browser.idle(50));
    expect(done).toEqual([1]);
  });
});
