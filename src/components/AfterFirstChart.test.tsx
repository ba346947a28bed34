// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The module remembers that a chart was painted: each test gets a fresh copy.
const load = async () => {
  vi.resetModules();
  return import("./AfterFirstChart");
};

describe("AfterFirstChart", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows the placeholder until a chart is painted, then the deferred part, and later ones at once", async () => {
    const { AfterFirstChart, noteChartPainted } = await load();
    render(<AfterFirstChart fallback={<p>placeholder</p>}>menu</AfterFirstChart>);
    expect(screen.getByText("placeholder")).toBeInTheDocument();
    act(() => noteChartPainted());
    expect(screen.getByText("menu")).toBeInTheDocument();
    render(<AfterFirstChart fallback={<p>second placeholder</p>}>second menu</AfterFirstChart>);
    expect(screen.getByText("second menu")).toBeInTheDocument();
  });

  it("does not wait for ever on a page without a chart", async () => {
    const { AfterFirstChart } = await load();
    render(<AfterFirstChart fallback={<p>placeholder</p>}>notes</AfterFirstChart>);
    act(() => vi.advanceTimersByTime(500));
    expect(screen.queryByText("notes")).toBeNull();
    act(() => vi.advanceTimersByTime(600));
    expect(screen.getByText("notes")).toBeInTheDocument();
  });
});
