import { describe, expect, it } from "vitest";
import type { IsoDate } from "../data/schemas/common";
import {
  formatBytes,
  formatCompact,
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatSignedNumber,
} from "./format";

const d = (s: string) => s as IsoDate;

describe("numbers", () => {
  it("groups thousands the reader's way", () => {
    expect(formatNumber(4174, "en-US")).toBe("4,174");
    expect(formatNumber(4174, "de-DE")).toBe("4.174");
    expect(formatNumber(245_320, "fr-FR")).toBe("245\u202f320");
  });
  it("rounds to whole numbers unless asked otherwise", () => {
    expect(formatNumber(7.857, "en-US")).toBe("8");
    expect(formatNumber(7.857, "en-US", 1)).toBe("7.9");
  });
  it("always shows the sign of a change except for zero", () => {
    expect(formatSignedNumber(12, "en-US")).toBe("+12");
    expect(formatSignedNumber(-3, "en-US")).toBe("-3");
    expect(formatSignedNumber(0, "en-US")).toBe("0");
  });
  it("shortens big axis values and formats shares", () => {
    expect(formatCompact(1_250_000, "en-US")).toBe("1.3M");
    expect(formatPercent(0.125, "en-US")).toBe("12.5%");
  });
  it("sizes files in B, kB and MB", () => {
    expect(formatBytes(512, "en-US")).toBe("512 B");
    expect(formatBytes(2048, "en-US")).toBe("2 kB");
    expect(formatBytes(3.5 * 1024 * 1024, "en-US")).toBe("3.5 MB");
  });
});

describe("dates", () => {
  it("shows the calendar day itself whatever the time zone", () => {
    expect(formatDate(d("2023-07-25"), "medium", "en-GB")).toBe("25 Jul 2023");
    expect(formatDate(d("2022-02-24"), "long", "en-US")).toBe("February 24, 2022");
    expect(formatDate(d("2023-07-25"), "month", "en-GB")).toBe("Jul 2023");
  });
  it("collapses the shared parts of a range", () => {
    expect(formatDateRange({ from: d("2023-07-19"), to: d("2023-07-25") }, "en-GB")).toBe("19 – 25 Jul 2023");
  });
});
