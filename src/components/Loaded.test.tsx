// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Loaded } from "./Loaded";

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe("Loaded", () => {
  it("holds a skeleton until every file has arrived, then draws with all of them", async () => {
    let finish!: (v: number) => void;
    function Panel() {
      const a = useQuery({ queryKey: ["a"], queryFn: async () => "rows" });
      const b = useQuery({ queryKey: ["b"], queryFn: () => new Promise<number>((r) => (finish = r)) });
      return (
        <Loaded
          queries={[a, b] as const}
          title="The losses data could not be loaded"
          label="the losses data"
          height={640}
        >
          {(rows, n) => <p>{`${rows} ${n}`}</p>}
        </Loaded>
      );
    }
    render(
      <QueryClientProvider client={client()}>
        <Panel />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading the losses data…");
    finish(7);
    expect(await screen.findByText("rows 7")).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("keeps the skeleton while held, though the data is here", async () => {
    const qc = client();
    qc.setQueryData(["a"], "rows");
    function Panel({ hold }: { hold: boolean }) {
      const a = useQuery({ queryKey: ["a"], queryFn: async () => "rows" });
      return (
        <Loaded queries={[a] as const} title="t" label="the Oryx data" height={620} hold={hold}>
          {(rows) => <p>{rows}</p>}
        </Loaded>
      );
    }
    const { rerender } = render(
      <QueryClientProvider client={qc}>
        <Panel hold />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading the Oryx data…");
    rerender(
      <QueryClientProvider client={qc}>
        <Panel hold={false} />
      </QueryClientProvider>,
    );
    expect(screen.getByText("rows")).toBeInTheDocument();
  });

  it("names the failed file, and Retry fetches the panel's files again", async () => {
    let attempt = 0;
    function Panel() {
      const a = useQuery({
        queryKey: ["flaky"],
        queryFn: async () => {
          attempt += 1;
          if (attempt === 1) throw new Error("data/oryx.json was not found on the server (HTTP 404).");
          return "loaded";
        },
      });
      return (
        <Loaded
          queries={[a] as const}
          title="The Oryx data could not be loaded"
          label="the Oryx data"
          height={620}
        >
          {(text) => <p>{text}</p>}
        </Loaded>
      );
    }
    render(
      <QueryClientProvider client={client()}>
        <Panel />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole("alert", { name: "The Oryx data could not be loaded" });
    expect(alert).toHaveTextContent("data/oryx.json was not found on the server (HTTP 404).");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("loaded")).toBeInTheDocument();
    expect(attempt).toBe(2);
  });
});
