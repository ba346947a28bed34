// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { iso } from "../data/test-builders";
import { ChartFrame } from "./ChartFrame";

describe("ChartFrame", () => {
  it("names the figure by its title and shows legend, sources and the data's last day", () => {
    render(
      <ChartFrame
        id="demo"
        title="Made-up losses between 1 and 7 March"
        subtitle="1 – 7 Mar 2022"
        legend={[
          { label: "Claimed", color: "var(--src-gs)" },
          { label: "Confirmed", color: "var(--src-oryx)", shape: "bar", pattern: "hatch" },
        ]}
        sources={[
          { name: "Source A", url: "https://example.org/a" },
          { name: "Source B", url: "https://example.org/b" },
        ]}
        dataTo={iso("2022-03-07")}
        summary="Two made-up lines."
      >
        <svg role="img" aria-label="chart" />
      </ChartFrame>,
    );
    const figure = screen.getByRole("figure", { name: "Made-up losses between 1 and 7 March" });
    expect(figure).toHaveAccessibleDescription("Two made-up lines.");
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(legend).toHaveTextContent("Claimed");
    expect(legend).toHaveTextContent("Confirmed");
    expect(screen.getByRole("link", { name: "Source B" })).toHaveAttribute("href", "https://example.org/b");
    expect(figure).toHaveTextContent(/Sources: Source A and Source B\./);
    expect(figure).toHaveTextContent(/Data to 7 Mar 2022/);
  });
});
