// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DataLoadError } from "../data/queries/fetch-json";
import { ErrorPanel } from "./ErrorPanel";
import { Notice } from "./Notice";

describe("ErrorPanel", () => {
  it("announces what failed and why, and retries on request", async () => {
    const onRetry = vi.fn();
    const error = new DataLoadError("data/losses.json", "http", "data/losses.json was not found (HTTP 404).");
    render(<ErrorPanel title="The losses data could not be loaded" error={error} onRetry={onRetry} />);
    const alert = screen.getByRole("alert", { name: "The losses data could not be loaded" });
    expect(alert).toHaveTextContent("data/losses.json was not found (HTTP 404).");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe("Notice", () => {
  it("lists what the link asked for that could not be used, and is absent otherwise", () => {
    const { rerender } = render(<Notice notices={["Unknown scale “sqrt” in the link."]} />);
    expect(screen.getByRole("status")).toHaveTextContent("Unknown scale “sqrt” in the link.");
    rerender(<Notice notices={[]} />);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
