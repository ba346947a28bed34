import { describeOffline } from "./describe-offline";

const saved = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([path, iso]) => [path, new Date(iso)]));

describe("describeOffline", () => {
  it("says nothing when online and every file came from the network", () => {
    expect(describeOffline({ online: true, savedCopies: new Map() })).toBeNull();
  });

  it("dates the oldest saved copy in the reader's time zone", () => {
    const text = describeOffline(
      {
        online: false,
        savedCopies: saved({ "losses.json": "2026-11-29T22:30:00Z", "oryx.json": "2026-11-28T09:05:00Z" }),
      },
      "Europe/Kyiv",
    );
    expect(text).toContain("You are offline");
    expect(text).toContain("28 Nov 2026 at 11:05");
  });

  it("tells a slow network from no network", () => {
    const text = describeOffline(
      { online: true, savedCopies: saved({ "losses.json": "2026-11-29T22:30:00Z" }) },
      "UTC",
    );
    expect(text).toContain("did not answer in time");
    expect(text).toContain("29 Nov 2026 at 22:30");
  });

  it("says what happens offline before anything was saved", () => {
    expect(describeOffline({ online: false, savedCopies: new Map() })).toContain(
      "when the connection returns",
    );
  });
});
