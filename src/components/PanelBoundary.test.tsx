// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen } from "@testing-library/react";
import { lazy, type ReactNode } from "react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PanelBoundary } from "./PanelBoundary";

let crash = true;
function Flaky() {
  if (crash) throw new Error("Cannot read the chart's rows");
  return <p>Chart drawn</p>;
}

beforeEach(() => {
  // React reports caught render errors on the console; keep the test output readable.
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("PanelBoundary", () => {
  it("shows the reason instead of a crashed panel and keeps its neighbours, then Retry recovers", async () => {
    crash = true;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <PanelBoundary name="losses">
          <Flaky />
        </PanelBoundary>
        <p>Sources still here</p>
      </QueryClientProvider>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The losses panel failed");
    expect(alert).toHaveTextContent("Cannot read the chart's rows");
    expect(screen.getByText("Sources still here")).toBeInTheDocument();

    crash = false;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByText("Chart drawn")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a skeleton while the panel's code loads, then the panel", async () => {
    let load!: (m: { default: () => ReactNode }) => void;
    const LazyPanel = lazy(() => new Promise<{ default: () => ReactNode }>((resolve) => (load = resolve)));
    render(
      <PanelBoundary name="map">
        <LazyPanel />
      </PanelBoundary>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading the map panel…");
    await act(async () => load({ default: () => <p>Map drawn</p> }));
    expect(await screen.findByText("Map drawn")).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
