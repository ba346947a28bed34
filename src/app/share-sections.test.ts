import { SHARE_PAGES } from "../lib/export/share-text";
import { JUMP_TARGETS, SECTIONS } from "./sections";
import { SHARE_SECTIONS } from "./share-sections";

describe("share sections", () => {
  it("gives each share page a target the page has: a section or a jump-bar panel", () => {
    const targets = new Set<string>([...SECTIONS.map((s) => s.id), ...JUMP_TARGETS.map((t) => t.id)]);
    expect(SHARE_SECTIONS.map((s) => s.id).filter((id) => !targets.has(id))).toEqual([]);
    // Every jump-bar target can be shared with its own preview.
    expect(JUMP_TARGETS.map((t) => t.id).filter((id) => !SHARE_SECTIONS.some((s) => s.id === id))).toEqual(
      [],
    );
  });
  it("has a page for every one that Copy link hands out", () => {
    const built = new Set<string>(SHARE_SECTIONS.map((s) => s.id));
    expect(SHARE_PAGES.map(([, id]) => id).filter((id) => !built.has(id))).toEqual([]);
  });
});
