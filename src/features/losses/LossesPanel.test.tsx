// @vitest-environment jsdom
// The panel as a reader meets it, on made-up data: figures read off the KPI strip, controls that
// write to the URL, and an error panel (with a working Retry) when the dataset fails to load.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  iso,
  makeEventsFile,
  makeGeneralStaff,
  makeLossesFile,
  makeManifest,
  makeTestQueryClient,
} from "../../data/test-builders";
import type { LossesFile } from "../../data/schemas/losses";
import { LossesPanel } from "./LossesPanel";

// Ten days; tanks lose 10, 20, … a day; drones are first reported on day 5.
const gs = makeGeneralStaff({
  start: "2023-07-16",
  tank: [10, 30, 60, 100, 150, 210, 280, 360, 450, 550],
  personnel: [100, 200, 300, 400, 500, 600, 700, 800, 900, 990],
  drone: [null, null, null, null, 7, 9, 12, 20, 21, 30],
});
const file = makeLossesFile(gs);
const manifest = makeManifest({ bounds: { from: iso("2023-07-16"), to: iso("2023-07-25") } });

function renderPanel(url: string, data: { losses?: LossesFile } = { losses: file }) {
  window.history.replaceState(null, "", url);
  const client = makeTestQueryClient({ manifest, losses: data.losses, events: makeEventsFile([]) });
  return render(
    <QueryClientProvider client={client}>
      <LossesPanel />
    </QueryClientProvider>,
  );
}

const card = (name: string) => screen.getByRole("article", { name });
const figure = (name: string, kpi: string) => card(name).querySelector(`[data-kpi="${kpi}"]`);

beforeEach(() => {
  window.matchMedia = vi
    .fn()
    .mockReturnValue({ matches: false, addEventListener() {}, removeEventListener() {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("LossesPanel", () => {
  it("reads each selected category's total, range, last day and average off the data", () => {
    renderPanel("/?from=2023-07-19&to=2023-07-25");
    // In range: 550 − 60 (the total on 18 Jul, the day before the range); last day: 550 − 450.
    // Whole texts, not substrings (a "700" must not pass for "70"). Average: 490 ÷ 7 days.
    expect(figure("Tanks", "total")).toHaveTextContent(/^550 tanks$/);
    expect(figure("Tanks", "in-range")).toHaveTextContent(/^490 tanks$/);
    expect(figure("Tanks", "last-day")).toHaveTextContent(/^100 tanks$/);
    expect(figure("Tanks", "daily-average")).toHaveTextContent(/^70 tanks$/);
    expect(figure("Personnel", "in-range")).toHaveTextContent(/^690 people$/);
  });

  it("counts a category first reported inside the range from that report, and says so", async () => {
    renderPanel("/?from=2023-07-17&to=2023-07-25&cats=drone");
    // 30 (25 Jul) − 7 (the first report, 20 Jul).
    expect(figure("Drones", "in-range")).toHaveTextContent(/^23 drones$/);
    expect(card("Drones")).toHaveTextContent(/First reported on 20 Jul 2023: counted from that report/);
    expect(card("Drones")).not.toHaveTextContent("not reported");
  });

  it("writes the category, view and scale choices to the URL", async () => {
    const user = userEvent.setup();
    renderPanel("/?from=2023-07-19&to=2023-07-25");
    await user.click(screen.getByRole("checkbox", { name: "Drones" }));
    // The history is written a frame after the change (use-url-state.ts).
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get("cats")).toBe("personnel,tank,drone"),
    );
    expect(await screen.findByRole("article", { name: "Drones" })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole("group", { name: "View" })).getByRole("radio", { name: "Weekly" }),
    );
    await user.click(screen.getByRole("radio", { name: "Log" }));
    await waitFor(() => {
      const params = new URLSearchParams(window.location.search);
      expect([params.get("view"), params.get("scale")]).toEqual(["weekly", "log"]);
    });
  });

  it("a sparkline card toggles its category in the chart", async () => {
    const user = userEvent.setup();
    renderPanel("/?from=2023-07-19&to=2023-07-25");
    // Named by its visible text (no aria-label that could differ from it).
    // The miniatures load once a chart is painted (jsdom paints none: after the fallback wait).
    const list = await screen.findByRole("list", { name: /^All categories/ }, { timeout: 3000 });
    const tanks = within(list).getByRole("button", {
      name: /^Tanks 490 tanks in range/,
    });
    expect(tanks).toHaveAttribute("aria-pressed", "true");
    await user.click(tanks);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("cats")).toBe("personnel"));
  });

  it("shows why the data failed to load, and Retry loads it", async () => {
    const user = userEvent.setup();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response("not found", { status: 404 }))
      .mockResolvedValue(new Response(JSON.stringify(file)));
    vi.stubGlobal("fetch", fetch);
    renderPanel("/?from=2023-07-19&to=2023-07-25", {});
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The losses data could not be loaded");
    expect(alert).toHaveTextContent("data/losses.json is missing on the server (HTTP 404).");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("article", { name: "Tanks" })).toBeInTheDocument();
  });
});
