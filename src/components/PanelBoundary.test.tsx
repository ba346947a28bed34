// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useSuspenseQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
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

  it("shows a skeleton while a suspending query loads, and refetches a failed query on Retry", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let attempt = 0;
    function Loader() {
      const { data } = useSuspenseQuery({
        queryKey: ["flaky"],
        queryFn: async () => {
          attempt += 1;
          if (attempt === 1) throw new Error("data/losses.json was not found on the server (HTTP 404).");
          return "loaded";
        },
      });
      return <p>{data}</p>;
    }
    render(
      <QueryClientProvider client={client}>
        <PanelBoundary name="losses">
          <Loader />
        </PanelBoundary>
      </QueryClientProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading the losses panel…");
    expect(await screen.findByRole("alert")).toHaveTextContent("data/losses.json was not found");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("loaded")).toBeInTheDocument();
    expect(attempt).toBe(2);
  });
});
