// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { iso, makeManifest, makeTestQueryClient } from "../data/test-builders";
import { useFilters } from "./use-filters";

const bounds = { from: iso("2022-02-24"), to: iso("2025-08-08") };

function setup(url: string) {
  window.history.replaceState(null, "", url);
  const client = makeTestQueryClient({ manifest: makeManifest({ bounds }) });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useFilters(), { wrapper });
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("useFilters", () => {
  it("reads the filters and notices from the address bar", () => {
    const { result } = setup("/?from=2023-07-19&to=2023-07-25&view=pie");
    expect(result.current.filters.range).toEqual({ from: "2023-07-19", to: "2023-07-25" });
    expect(result.current.notices).toEqual([expect.stringContaining("“pie”")]);
    expect(result.current.bounds).toEqual(bounds);
  });

  it("writes a change into the URL as a new history entry, keeping other parameters", () => {
    const { result } = setup("/?map=kherson#losses");
    const before = window.history.length;
    act(() => result.current.update({ range: { from: iso("2023-06-04"), to: iso("2023-11-30") } }));
    expect(window.location.search).toBe("?from=2023-06-04&to=2023-11-30&map=kherson");
    expect(window.location.hash).toBe("#losses");
    expect(window.history.length).toBe(before + 1);
    expect(result.current.filters.range).toEqual({ from: "2023-06-04", to: "2023-11-30" });
  });

  it("applies successive updates on top of each other", () => {
    const { result } = setup("/");
    act(() => {
      result.current.update({ view: "weekly" });
      result.current.update({ scale: "log" });
    });
    expect(window.location.search).toBe("?view=weekly&scale=log");
    expect(result.current.filters).toMatchObject({ view: "weekly", scale: "log" });
  });

  it("drops a parameter when it goes back to its default, and replaces on request", () => {
    const { result } = setup("/?view=daily");
    const before = window.history.length;
    act(() => result.current.update({ view: "cumulative" }, { replace: true }));
    expect(window.location.search).toBe("");
    expect(window.history.length).toBe(before);
  });

  it("clears the notices once the reader changes the broken setting", () => {
    const { result } = setup("/?from=garbage");
    expect(result.current.notices).toHaveLength(1);
    act(() => result.current.update({ cats: ["tank"] }));
    expect(window.location.search).toBe("?cats=tank");
    expect(result.current.notices).toEqual([]);
  });

  it("follows the back button", () => {
    const { result } = setup("/?view=daily");
    act(() => {
      window.history.pushState(null, "", "/?view=monthly");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current.filters.view).toBe("monthly");
  });

  it("clamps and orders a range it is given before writing it", () => {
    const { result } = setup("/");
    act(() => result.current.update({ range: { from: iso("2026-01-01"), to: iso("2025-01-01") } }));
    expect(result.current.filters.range).toEqual({ from: "2025-01-01", to: "2025-08-08" });
    expect(result.current.notices).toEqual([]);
  });
});
