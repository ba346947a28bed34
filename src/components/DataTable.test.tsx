// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DataTable } from "./DataTable";

describe("DataTable", () => {
  const data = {
    fileStem: "made-up",
    columns: ["date", "claimed", "confirmed"],
    rows: [
      ["2022-03-01", 1200, 310.5],
      ["2022-03-02", 1234, null],
    ],
  };

  it("shows exactly the exported rows, once opened, with readable numbers and gaps marked", async () => {
    render(<DataTable data={data} caption="Made-up losses" />);
    expect(screen.queryByRole("table")).toBeNull();
    await userEvent.click(screen.getByText("Data table"));
    const table = screen.getByRole("table", { name: "Made-up losses" });
    const rows = table.querySelectorAll("tr");
    expect([...rows].map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ["date", "claimed", "confirmed"],
      ["2022-03-01", "1,200", "310.5"],
      ["2022-03-02", "1,234", "–"],
    ]);
    expect(screen.getByText("(2 rows)")).toBeInTheDocument();
  });
});
