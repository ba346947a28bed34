import { describe, expect, it } from "vitest";
import { GENERAL_STAFF_CATEGORIES } from "../../../data/schemas/losses";
import { deriveSwatchColors, lineColor } from "./derive-line-colors";

const equipment = GENERAL_STAFF_CATEGORIES.filter((c) => c !== "personnel" && c !== "drone");

describe("line colours", () => {
  it("gives the first six lines of a chart six different colours and mutes the rest", () => {
    expect(equipment.map((c) => lineColor(equipment, c, null))).toEqual([
      "var(--line-1)",
      "var(--line-2)",
      "var(--line-3)",
      "var(--line-4)",
      "var(--line-5)",
      "var(--line-6)",
      ...Array.from({ length: equipment.length - 6 }, () => "var(--series-muted)"),
    ]);
  });

  it("lends a hovered muted line the hover colour, leaving the others as they are", () => {
    expect(lineColor(equipment, "vehicle", "vehicle")).toBe("var(--line-hover)");
    expect(lineColor(equipment, "ship", "vehicle")).toBe("var(--series-muted)");
    expect(lineColor(equipment, "tank", "vehicle")).toBe("var(--line-1)");
  });

  it("gives each picked category the colour of its line in its own chart", () => {
    // Personnel and drones have charts of their own: each is that chart's first line.
    expect(deriveSwatchColors(["personnel", "tank", "apc", "drone"])).toEqual({
      personnel: "var(--line-1)",
      drone: "var(--line-1)",
      tank: "var(--line-1)",
      apc: "var(--line-2)",
    });
  });
});
