// @vitest-environment jsdom
import { render, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OnScreenContext } from "../lib/on-screen";
import { useSettledMark } from "../lib/perf";
import { useValueWhileOnScreen } from "./FollowRange";

describe("useValueWhileOnScreen", () => {
  it("follows the value at once while on screen", () => {
    const { result, rerender } = renderHook(({ v, on }) => useValueWhileOnScreen(v, on), {
      initialProps: { v: "a", on: true },
    });
    rerender({ v: "b", on: true });
    expect(result.current).toBe("b");
  });

  it("off screen, keeps what it drew and catches up in idle time", async () => {
    const { result, rerender } = renderHook(({ v, on }) => useValueWhileOnScreen(v, on), {
      initialProps: { v: "a", on: true },
    });
    rerender({ v: "a", on: false });
    rerender({ v: "b", on: false });
    expect(result.current).toBe("a");
    await waitFor(() => expect(result.current).toBe("b"));
  });

  it("shows the latest value as soon as it comes back on screen", () => {
    const { result, rerender } = renderHook(({ v, on }) => useValueWhileOnScreen(v, on), {
      initialProps: { v: "a", on: false },
    });
    rerender({ v: "c", on: true });
    expect(result.current).toBe("c");
  });
});

function Chart({ name, own }: { name: string; own?: { current: boolean } }) {
  useSettledMark(name, true, own);
  return null;
}

describe("the benchmark's list of charts to wait for", () => {
  it("names the charts whose panel is on screen, not those out of sight", () => {
    const visible = { current: true };
    const hidden = { current: false };
    const { unmount } = render(
      <>
        <OnScreenContext value={visible}>
          <Chart name="seen" />
        </OnScreenContext>
        <OnScreenContext value={hidden}>
          <Chart name="unseen" />
        </OnScreenContext>
        <OnScreenContext value={visible}>
          <Chart name="below-the-fold" own={{ current: false }} />
        </OnScreenContext>
      </>,
    );
    // A chart's own flag (a frame or the brush scrolled out of view) wins over its panel's.
    expect(window.__perfSettled?.mounted()).toEqual(["seen"]);
    hidden.current = true;
    expect(window.__perfSettled?.mounted().sort()).toEqual(["seen", "unseen"]);
    unmount();
    expect(window.__perfSettled?.mounted()).toEqual([]);
  });
});
