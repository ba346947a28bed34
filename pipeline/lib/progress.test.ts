import { createLineProgress } from "./progress";

describe("createLineProgress (non-TTY output)", () => {
  it("prints counts with an ETA about every 10 % and a final line, not one line per tick", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createLineProgress(
      (l) => lines.push(l),
      () => now,
    );
    progress.start("snapshots", 100);
    for (let i = 0; i < 100; i++) {
      now += 100; // 0.1 s per item
      progress.tick();
    }
    progress.stop();
    expect(lines[0]).toBe("snapshots: 0/100 (0%)");
    expect(lines[1]).toBe("snapshots: 10/100 (10%), ETA 9s");
    expect(lines.length).toBe(12);
    expect(lines[lines.length - 1]).toBe("snapshots: done in 10.0s");
  });
});
