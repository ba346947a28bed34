// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { iso } from "../data/test-builders";
import { DateRangeControl } from "./DateRangeControl";

const bounds = { from: iso("2022-02-24"), to: iso("2025-08-08") };
const range = { from: iso("2023-07-19"), to: iso("2023-07-25") };

function setup(initial = range) {
  const onChange = vi.fn();
  const view = render(
    <DateRangeControl range={initial} context={{ bounds, anchor: bounds.to }} onChange={onChange} />,
  );
  return { onChange, ...view };
}

describe("DateRangeControl", () => {
  it("shows the range, its length and the data's limits", () => {
    setup();
    expect(screen.getByLabelText("From")).toHaveValue("2023-07-19");
    expect(screen.getByLabelText("To")).toHaveValue("2023-07-25");
    expect(screen.getByLabelText("From")).toHaveAttribute("min", "2022-02-24");
    expect(screen.getByLabelText("To")).toHaveAttribute("max", "2025-08-08");
    expect(screen.getByText("7 days")).toBeInTheDocument();
  });

  it("reports a new start day", () => {
    const { onChange } = setup();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2023-07-01" } });
    expect(onChange).toHaveBeenCalledWith({ from: "2023-07-01", to: "2023-07-25" }, { replace: false });
  });

  it("drags the end along when the start moves past it", () => {
    const { onChange } = setup();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2023-08-10" } });
    expect(onChange).toHaveBeenCalledWith({ from: "2023-08-10", to: "2023-08-10" }, { replace: false });
  });

  it("asks to replace the history entry while the reader is still typing in the field", () => {
    const now = vi.spyOn(Date, "now").mockReturnValue(1_000_000);
    const { onChange } = setup();
    const from = screen.getByLabelText("From");
    fireEvent.change(from, { target: { value: "2023-07-01" } });
    now.mockReturnValue(1_000_400); // the second digit of the day, 0.4 s later
    fireEvent.change(from, { target: { value: "2023-07-12" } });
    now.mockReturnValue(1_010_000); // a later, separate edit
    fireEvent.change(from, { target: { value: "2023-07-05" } });
    expect(onChange.mock.calls.map(([range, options]) => [range.from, options])).toEqual([
      ["2023-07-01", { replace: false }],
      ["2023-07-12", { replace: true }],
      ["2023-07-05", { replace: false }],
    ]);
    now.mockRestore();
  });

  it("ignores days outside the data while typing, then clamps on leaving the field", () => {
    const { onChange } = setup();
    const from = screen.getByLabelText("From");
    fireEvent.change(from, { target: { value: "0202-07-19" } });
    expect(onChange).not.toHaveBeenCalled();
    expect(from).toHaveAttribute("aria-invalid", "true");
    fireEvent.blur(from);
    expect(onChange).toHaveBeenCalledWith({ from: "2022-02-24", to: "2023-07-25" }, { replace: false });
  });

  it("restores the shown day when the field is left empty", () => {
    const { onChange } = setup();
    const to = screen.getByLabelText("To");
    fireEvent.change(to, { target: { value: "" } });
    fireEvent.blur(to);
    expect(onChange).not.toHaveBeenCalled();
    expect(to).toHaveValue("2023-07-25");
  });

  it("applies a preset and marks the one matching the range", async () => {
    const { onChange, rerender } = setup();
    await userEvent.click(screen.getByRole("button", { name: "2023 counteroffensive" }));
    expect(onChange).toHaveBeenCalledWith({ from: "2023-06-04", to: "2023-11-30" });

    rerender(
      <DateRangeControl
        range={{ from: iso("2023-06-04"), to: iso("2023-11-30") }}
        context={{ bounds, anchor: bounds.to }}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole("button", { name: "2023 counteroffensive" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.getByRole("button", { name: "All" })).toHaveAttribute("aria-pressed", "false");
    // A range changed elsewhere (back button, brush) shows in the inputs.
    expect(screen.getByLabelText("From")).toHaveValue("2023-06-04");
  });
});
