import { RawDataError } from "../types";
import { checkOryxRow } from "./oryx-row-checks";

const counts = { destroyed: 10, damaged: 1, abandoned: 2, captured: 1, total: 14 };
const reason = (f: () => void) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(RawDataError);
    return `${(error as RawDataError).file}: ${(error as RawDataError).reason}`;
  }
  return null;
};

describe("checkOryxRow", () => {
  it("passes a row on a real day whose statuses add up", () => {
    expect(reason(() => checkOryxRow("o.csv", 2, "2024-02-29", counts))).toBeNull();
  });

  it("names the file, the line and the day of a row that is not plausible", () => {
    expect(reason(() => checkOryxRow("o.csv", 2, "2023-02-29", counts))).toBe(
      "o.csv: line 2: 2023-02-29 is not a calendar day",
    );
    expect(reason(() => checkOryxRow("o.csv", 3, "2023-01-02", { ...counts, captured: 2 ** 53 }))).toBe(
      "o.csv: line 3 (2023-01-02): captured is too large to be a count (9007199254740992, more than 2^53 − 1)",
    );
    expect(reason(() => checkOryxRow("o.csv", 4, "2023-01-02", { ...counts, total: 15 }))).toBe(
      "o.csv: line 4 (2023-01-02): destroyed + damaged + abandoned + captured = 14, not type_total 15",
    );
  });
});
