// @vitest-environment jsdom
// The range brush as a keyboard or pointer user meets it, on a made-up 11-day series: handles are
// sliders named and valued by date, keys and drags commit a range, a drag commits only on release.
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { iso } from "../../data/test-builders";
import { RangeBrush, type OverviewPoint } from "./RangeBrush";

// 1–11 Jan 2024.
const points: OverviewPoint[] = Array.from({ length: 11 }, (_, i) => ({
  key: iso(`2024-01-${String(i + 1).padStart(2, "0")}`),
  value: i,
}));

function renderBrush(from = "2024-01-03", to = "2024-01-08") {
  const onCommit = vi.fn();
  render(
    <RangeBrush
      points={points}
      range={{ from: iso(from), to: iso(to) }}
      color="var(--cat-tank)"
      frameColor="var(--axis)"
      onCommit={onCommit}
    />,
  );
  return onCommit;
}

describe("RangeBrush", () => {
  it("shows the range and gives each handle a slider role valued by its date", () => {
    renderBrush();
    expect(screen.getByText("3 – 8 Jan 2024")).toBeTruthy();
    const start = screen.getByRole("slider", { name: "Range start" });
    const end = screen.getByRole("slider", { name: "Range end" });
    expect(start.getAttribute("aria-valuetext")).toBe("3 Jan 2024");
    expect(end.getAttribute("aria-valuetext")).toBe("8 Jan 2024");
    // Each handle is bounded by the other.
    expect(start.getAttribute("aria-valuemax")).toBe(end.getAttribute("aria-valuenow"));
    expect(end.getAttribute("aria-valuemin")).toBe(start.getAttribute("aria-valuenow"));
  });

  it("moves a handle by a day with an arrow key and to the end of the series with End", async () => {
    const onCommit = renderBrush();
    const user = userEvent.setup();
    screen.getByRole("slider", { name: "Range end" }).focus();
    await user.keyboard("{ArrowLeft}");
    expect(onCommit).toHaveBeenLastCalledWith({ from: "2024-01-03", to: "2024-01-07" }, { replace: false });
    screen.getByRole("slider", { name: "Range start" }).focus();
    await user.keyboard("{Home}");
    expect(onCommit).toHaveBeenLastCalledWith({ from: "2024-01-01", to: "2024-01-08" }, expect.anything());
  });

  it("does not move a handle past the other one from the keyboard", async () => {
    const onCommit = renderBrush("2024-01-05", "2024-01-05");
    const user = userEvent.setup();
    screen.getByRole("slider", { name: "Range end" }).focus();
    await user.keyboard("{ArrowLeft}");
    expect(onCommit).not.toHaveBeenCalled();
  });

  it("commits a dragged handle on release only, with the day under the pointer", () => {
    const onCommit = renderBrush();
    const axis = document.querySelector(".range-brush__axis") as HTMLElement;
    // 11 days on 100 px: a day every 10 px.
    axis.getBoundingClientRect = () => ({ left: 0, width: 100, top: 0, height: 56 }) as DOMRect;
    const track = document.querySelector(".range-brush__track") as HTMLElement;
    track.setPointerCapture = () => {};
    const start = screen.getByRole("slider", { name: "Range start" });
    fireEvent.pointerDown(start, { pointerId: 1, isPrimary: true, button: 0, clientX: 20 });
    fireEvent.pointerMove(track, { pointerId: 1, clientX: 51 });
    expect(onCommit).not.toHaveBeenCalled();
    expect(start.getAttribute("aria-valuetext")).toBe("6 Jan 2024");
    expect(screen.getByText(/^Selecting/)).toBeTruthy();
    fireEvent.pointerUp(track, { pointerId: 1, clientX: 51 });
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenLastCalledWith({ from: "2024-01-06", to: "2024-01-08" }, { replace: false });
  });

  it("puts a cancelled drag back where the range is", () => {
    const onCommit = renderBrush();
    const axis = document.querySelector(".range-brush__axis") as HTMLElement;
    axis.getBoundingClientRect = () => ({ left: 0, width: 100, top: 0, height: 56 }) as DOMRect;
    const track = document.querySelector(".range-brush__track") as HTMLElement;
    track.setPointerCapture = () => {};
    const end = screen.getByRole("slider", { name: "Range end" });
    fireEvent.pointerDown(end, { pointerId: 1, isPrimary: true, button: 0, clientX: 70 });
    fireEvent.pointerMove(track, { pointerId: 1, clientX: 100 });
    expect(end.getAttribute("aria-valuetext")).toBe("11 Jan 2024");
    fireEvent.pointerCancel(track, { pointerId: 1 });
    expect(end.getAttribute("aria-valuetext")).toBe("8 Jan 2024");
    expect(onCommit).not.toHaveBeenCalled();
  });
});
