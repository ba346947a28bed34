import { RawDataError } from "../../types";
import { deriveMethodChanges, methodChangesOf } from "./method-changes";

const change = {
  id: "nzz-2024-01-02-example",
  source: "nzz",
  from: "2024-01-02",
  kind: "definition",
  handlingKind: "likeForLike",
  label: "Example redraw",
  what: "The shape was redrawn.",
  handling: "Measured like for like.",
  citation: { name: "Example", url: "https://example.org/nzz" },
};

describe("deriveMethodChanges", () => {
  it("sorts the changes by first day and spans the source credit over them", () => {
    const file = deriveMethodChanges("m.json", {
      changes: [
        change,
        {
          ...change,
          id: "oryx-2023-05-01-glitch",
          source: "oryx",
          from: "2023-05-01",
          to: "2023-05-03",
          kind: "glitch",
        },
      ],
    });
    expect(file.changes.map((c) => c.id)).toEqual(["oryx-2023-05-01-glitch", "nzz-2024-01-02-example"]);
    expect(file.sources[0]).toMatchObject({ firstDate: "2023-05-01", lastDate: "2024-01-02" });
    expect(methodChangesOf(file.changes, "nzz").map((c) => c.id)).toEqual(["nzz-2024-01-02-example"]);
  });

  it("rejects an impossible day, a window that ends before it starts and a duplicate id, naming the file", () => {
    expect(() =>
      deriveMethodChanges("m.json", { changes: [{ ...change, id: "nzz-2024-02-30-x", from: "2024-02-30" }] }),
    ).toThrow(new RawDataError("m.json", "nzz-2024-02-30-x: 2024-02-30 is not a calendar date"));
    expect(() => deriveMethodChanges("m.json", { changes: [{ ...change, to: "2024-01-01" }] })).toThrow(
      new RawDataError("m.json", "nzz-2024-01-02-example: ends (2024-01-01) before it starts (2024-01-02)"),
    );
    expect(() => deriveMethodChanges("m.json", { changes: [change, change] })).toThrow(
      new RawDataError("m.json", "duplicate method change id nzz-2024-01-02-example"),
    );
    expect(() => deriveMethodChanges("m.json", { changes: [{ ...change, kind: "typo" }] })).toThrow(
      /m\.json: invalid method change at changes\.0\.kind/,
    );
  });

  it("rejects an id that does not carry its first day", () => {
    expect(() => deriveMethodChanges("m.json", { changes: [{ ...change, from: "2024-01-03" }] })).toThrow(
      new RawDataError("m.json", "nzz-2024-01-02-example: the id must contain its first day (2024-01-03)"),
    );
  });
});
