// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { iso, makeManifest, makeSource } from "../data/test-builders";
import { App } from "./App";
import { Providers } from "./providers";

// The losses explorer has its own tests; here it only has to sit in its section.
vi.mock("../features/losses/LossesPanel", () => ({ LossesPanel: () => <p>Losses explorer</p> }));

const manifest = makeManifest({
  bounds: { from: iso("2022-02-24"), to: iso("2022-06-30") },
  sources: [
    makeSource({ id: "a", name: "Alpha Counts", url: "https://example.org/a", lastDate: iso("2022-06-30") }),
    makeSource({
      id: "b",
      name: "Beta Tally",
      url: "https://example.org/b",
      licence: "CC0",
      lastDate: iso("2022-05-01"),
    }),
    makeSource({ id: "g", name: "Gamma Gazetteer", url: "https://example.org/g", kind: "reference" }),
  ],
});

let manifestResponses: Response[] = [];

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  window.matchMedia = vi
    .fn()
    .mockReturnValue({ matches: false, addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) =>
      String(url).endsWith("method-changes.json")
        ? new Response(JSON.stringify({ schemaVersion: 1, sources: [], changes: [] }))
        : (manifestResponses.shift() ?? new Response(JSON.stringify(manifest))),
    ),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  manifestResponses = [];
});

function renderApp() {
  return render(
    <Providers>
      <App />
    </Providers>,
  );
}

describe("App", () => {
  it("shows the range control, every section and the credits with each source's period", async () => {
    renderApp();
    expect(await screen.findByLabelText("To")).toHaveValue("2022-06-30");
    for (const name of ["Losses", "Claims vs confirmed", "Map", "Sources"]) {
      expect(screen.getByRole("heading", { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText("Losses explorer")).toBeInTheDocument();
    const credits = screen.getByRole("region", { name: "Sources" });
    expect(within(credits).getByRole("link", { name: "Beta Tally" })).toHaveAttribute(
      "href",
      "https://example.org/b",
    );
    expect(within(credits).getByRole("link", { name: "Gamma Gazetteer" })).toHaveAttribute(
      "href",
      "https://example.org/g",
    );
    expect(within(credits).getByText("CC0")).toBeInTheDocument();
    const alpha = within(credits).getByRole("link", { name: "Alpha Counts" }).closest("li");
    expect(alpha?.querySelector('time[datetime="2022-06-30"]')).not.toBeNull();
  });

  it("says why the data could not be loaded and recovers on Retry", async () => {
    manifestResponses = [new Response("gone", { status: 404, statusText: "Not Found" })];
    renderApp();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("data/manifest.json is missing on the server (HTTP 404 Not Found).");
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByLabelText("From")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
