// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { iso, makeManifest, makeTestQueryClient } from "../data/test-builders";
import { parseChoice, parseDay, readParam } from "./parse-helpers";
import {
  currentSearch,
  flushUrlWrites,
  pickParams,
  setRangeFollowers,
  useRange,
  useUrlNotices,
  useUrlState,
  writeUrlState,
} from "./use-url-state";
import { parseUrlContext, type UrlStateSpec } from "./url-state";

const bounds = { from: iso("2022-02-24"), to: iso("2025-08-08") };

// A made-up feature with two parameters, standing in for any panel's URL state.
interface Demo {
  mode: "a" | "b";
  size: "s" | "l";
}
const demoSpec: UrlStateSpec<Demo> = {
  params: ["mode", "size"],
  parse: (params, _ctx, notices) => ({
    mode: parseChoice(readParam(params, "mode", notices), ["a", "b"] as const, "a", "mode", notices),
    size: parseChoice(readParam(params, "size", notices), ["s", "l"] as const, "s", "size", notices),
  }),
  serialize: (s) => ({ ...(s.mode !== "a" && { mode: s.mode }), ...(s.size !== "s" && { size: s.size }) }),
};
const specs = [demoSpec as UrlStateSpec<unknown>];

function setup(url: string) {
  window.history.replaceState(null, "", url);
  const client = makeTestQueryClient({ manifest: makeManifest({ bounds }) });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () => ({ range: useRange(), demo: useUrlState(demoSpec), notices: useUrlNotices(specs) }),
    { wrapper },
  );
}

afterEach(() => {
  flushUrlWrites();
  window.history.replaceState(null, "", "/");
});

describe("URL state hooks", () => {
  it("pick a feature's slice of the query, in the feature's order", () => {
    expect(pickParams("?size=l&day=2023-07-01&mode=b&size=s", ["mode", "size"])).toBe("mode=b&size=l&size=s");
    expect(pickParams("?day=2023-07-01", ["mode", "size"])).toBe("");
  });

  it("re-render a feature's reader only when its own parameters or the range change", () => {
    window.history.replaceState(null, "", "/?mode=b");
    const client = makeTestQueryClient({ manifest: makeManifest({ bounds }) });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders++;
        return useUrlState(demoSpec);
      },
      { wrapper },
    );
    const before = renders;
    const other: UrlStateSpec<{ day: string }> = {
      params: ["day"],
      parse: (params) => ({ day: params.get("day") ?? "" }),
      serialize: (s): Record<string, string> => (s.day ? { day: s.day } : {}),
    };
    // Another feature's parameter (the map's day while it plays) changes: no re-render.
    act(() =>
      writeUrlState(
        other,
        { day: "2023-07-01" },
        parseUrlContext(window.location.search, { bounds, anchor: bounds.to }).state,
      ),
    );
    flushUrlWrites();
    expect(window.location.search).toContain("day=2023-07-01");
    expect(renders).toBe(before);
    act(() => result.current.update({ size: "l" }));
    expect(renders).toBeGreaterThan(before);
    expect(result.current.state).toEqual({ mode: "b", size: "l" });
  });

  it("read the range, a feature's state and every notice from the address bar", () => {
    const { result } = setup("/?from=2023-07-19&to=2023-07-25&mode=zzz");
    expect(result.current.range.range).toEqual({ from: "2023-07-19", to: "2023-07-25" });
    expect(result.current.demo.state).toEqual({ mode: "a", size: "s" });
    expect(result.current.notices).toEqual([expect.stringContaining("“zzz”")]);
  });

  it("write a range change as a new history entry, keeping other parameters and the hash", () => {
    const { result } = setup("/?mode=b#losses");
    const before = window.history.length;
    act(() => result.current.range.update({ from: iso("2023-06-04"), to: iso("2023-11-30") }));
    flushUrlWrites();
    expect(window.location.search).toBe("?from=2023-06-04&to=2023-11-30&mode=b");
    expect(window.location.hash).toBe("#losses");
    expect(window.history.length).toBe(before + 1);
    expect(result.current.demo.state.mode).toBe("b");
  });

  it("apply successive feature updates on top of each other, leaving the range alone", () => {
    const { result } = setup("/?from=2023-01-01");
    act(() => {
      result.current.demo.update({ mode: "b" });
      result.current.demo.update({ size: "l" });
    });
    flushUrlWrites();
    expect(window.location.search).toBe("?from=2023-01-01&mode=b&size=l");
  });

  it("drop a parameter when it goes back to its default, and replace on request", () => {
    const { result } = setup("/?mode=b");
    const before = window.history.length;
    act(() => result.current.demo.update({ mode: "a" }, { replace: true }));
    flushUrlWrites();
    expect(window.location.search).toBe("");
    expect(window.history.length).toBe(before);
  });

  it("clear a broken range from the link with the reader's first change", () => {
    const { result } = setup("/?from=garbage");
    expect(result.current.notices).toHaveLength(1);
    act(() => result.current.demo.update({ size: "l" }));
    flushUrlWrites();
    expect(window.location.search).toBe("?size=l");
    expect(result.current.notices).toEqual([]);
  });

  it("follow the back button", () => {
    const { result } = setup("/?mode=b");
    act(() => {
      window.history.pushState(null, "", "/?mode=a&size=l");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current.demo.state).toEqual({ mode: "a", size: "l" });
  });

  it("clamp and order a range before writing it", () => {
    const { result } = setup("/");
    act(() => result.current.range.update({ from: iso("2026-01-01"), to: iso("2025-01-01") }));
    expect(result.current.range.range).toEqual({ from: "2025-01-01", to: "2025-08-08" });
    expect(result.current.notices).toEqual([]);
  });
});

describe("a range change and the features' days", () => {
  // Two made-up features with a day inside the range: one drops a day the new range leaves out,
  // the other has no rule of its own (its day is clamped).
  interface Dayed {
    day: string | null;
  }
  const daySpec = (param: string, drop: boolean): UrlStateSpec<Dayed> => ({
    params: [param],
    parse: (params, ctx, notices) => ({
      day: parseDay(readParam(params, param, notices), ctx.range, param, notices),
    }),
    serialize: (s): Record<string, string> => (s.day ? { [param]: s.day } : {}),
    ...(drop && {
      followRange: (s, ctx) =>
        s.day && (s.day < ctx.range.from || s.day > ctx.range.to) ? { day: null } : s,
    }),
  });
  const dropping = daySpec("day", true);
  const clamping = daySpec("pin", false);
  const followers = [dropping, clamping] as UrlStateSpec<unknown>[];
  afterEach(() => setRangeFollowers([]));

  function setupDays(url: string) {
    window.history.replaceState(null, "", url);
    setRangeFollowers(followers);
    const client = makeTestQueryClient({ manifest: makeManifest({ bounds }) });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    return renderHook(() => ({ range: useRange(), notices: useUrlNotices(followers) }), { wrapper });
  }

  it("drop or clamp a day the new range leaves out, with no notice", () => {
    const { result } = setupDays("/?from=2023-01-01&to=2023-12-31&day=2023-03-01&pin=2023-03-01");
    expect(result.current.notices).toEqual([]);
    act(() => result.current.range.update({ from: iso("2023-06-01"), to: iso("2023-12-31") }));
    flushUrlWrites();
    expect(window.location.search).toBe("?from=2023-06-01&to=2023-12-31&pin=2023-06-01");
    expect(result.current.notices).toEqual([]);
  });

  it("keep a day the new range still holds, and the parameters' order", () => {
    const { result } = setupDays("/?from=2023-01-01&to=2023-12-31&pin=2023-08-01&day=2023-07-01");
    act(() => result.current.range.update({ from: iso("2023-06-01"), to: iso("2023-12-31") }));
    flushUrlWrites();
    expect(window.location.search).toBe("?from=2023-06-01&to=2023-12-31&pin=2023-08-01&day=2023-07-01");
  });

  it("still tell the reader about a link's own day outside its range", () => {
    const { result } = setupDays("/?from=2023-06-01&to=2023-12-31&day=2023-03-01");
    expect(result.current.notices).toEqual([expect.stringContaining("day 2023-03-01 is before")]);
  });
});

describe("URL writes (a frame late)", () => {
  it("read a change back at once and write it to the history after the next frame", async () => {
    const { result } = setup("/?mode=b");
    const before = window.history.length;
    act(() => result.current.demo.update({ size: "l" }));
    expect(result.current.demo.state).toEqual({ mode: "b", size: "l" });
    expect(currentSearch()).toBe("?mode=b&size=l");
    expect(window.location.search).toBe("?mode=b");
    await waitFor(() => expect(window.location.search).toBe("?mode=b&size=l"));
    expect(window.history.length).toBe(before + 1);
  });

  it("keep one history entry per change made in a frame, a replace taking the pending one's place", () => {
    const { result } = setup("/");
    const before = window.history.length;
    act(() => {
      result.current.demo.update({ mode: "b" });
      result.current.demo.update({ size: "l" });
      result.current.demo.update({ size: "s" }, { replace: true });
    });
    flushUrlWrites();
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe("?mode=b");
  });

  it("write pending changes before the reader's next press, so an in-page link lands after them", () => {
    const { result } = setup("/");
    act(() => result.current.demo.update({ mode: "b" }));
    window.dispatchEvent(new Event("pointerdown"));
    expect(window.location.search).toBe("?mode=b");
  });

  it("drop a pending change when the reader goes Back or Forward first", () => {
    const { result } = setup("/?mode=b");
    act(() => {
      result.current.demo.update({ size: "l" });
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current.demo.state).toEqual({ mode: "b", size: "s" });
    flushUrlWrites();
    expect(window.location.search).toBe("?mode=b");
  });
});
