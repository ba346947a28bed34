import type { IsoDate } from "../../../src/data/schemas/common";
import type { MethodChange } from "../../../src/data/schemas/method-changes";
import { oryxLikeForLike } from "./like-for-like";

const change = (id: string, keys?: string[]): MethodChange => ({
  id,
  source: "oryx",
  from: "2026-05-04" as IsoDate,
  kind: "removal",
  handlingKind: "likeForLike",
  label: "x",
  what: "x",
  handling: "x",
  ...(keys ? { keys } : {}),
  citation: { name: "x", url: "https://example.org" },
});

describe("oryxLikeForLike", () => {
  it("leaves out the rows the ledger's change removed, with the keys they touch", () => {
    const l = oryxLikeForLike(
      [change("oryx-2026-05-04-recon-uavs-ugvs-removed", ["uavs", "allTypes"])],
      "m.json",
    );
    expect([...l.leftOut].sort()).toEqual([
      "reconnaissance unmanned aerial vehicles",
      "unmanned aerial vehicles",
      "unmanned ground vehicles",
    ]);
    expect(l.keys).toEqual(["allTypes", "uavs"]);
  });

  it("fails on a listed like-for-like change the pipeline has no definition for", () => {
    expect(() => oryxLikeForLike([change("oryx-2026-05-04-something-else", ["allTypes"])], "m.json")).toThrow(
      /m\.json: oryx-2026-05-04-something-else is handled "likeForLike" but/,
    );
  });

  it("fails when the ledger's keys differ from the series the left-out rows touch", () => {
    expect(() =>
      oryxLikeForLike([change("oryx-2026-05-04-recon-uavs-ugvs-removed", ["allTypes"])], "m.json"),
    ).toThrow(/lists keys \[allTypes\], but the rows it leaves out touch \[allTypes, uavs\]/);
  });

  it("applies nothing when no Oryx change is handled like for like", () => {
    const l = oryxLikeForLike([{ ...change("oryx-2026-05-10-x"), handlingKind: "marked" }], "m.json");
    expect(l).toEqual({ ids: [], leftOut: new Set(), keys: [] });
  });
});
