// The page's sections, in order: the in-page navigation and the section ids come from here.
export const SECTIONS = [
  { id: "losses", title: "Losses" },
  { id: "comparison", title: "Claims vs confirmed" },
  { id: "map", title: "Map" },
  { id: "sources", title: "Sources" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/**
 * The sticky jump bar's targets: the comparison section's panels one by one (ids set by the panels)
 * and the map. A panel of a lazy section exists only once the section has mounted, so the bar
 * scrolls to `section` first and then to the panel (JumpNav.tsx).
 */
export const JUMP_TARGETS = [
  { id: "losses", section: "losses", title: "Losses" },
  { id: "cmp-claimed", section: "comparison", title: "Claimed vs Oryx" },
  { id: "cmp-sides", section: "comparison", title: "Russia vs Ukraine" },
  { id: "cmp-territory", section: "comparison", title: "Territory" },
  { id: "cmp-ledger", section: "comparison", title: "Ledger" },
  { id: "map", section: "map", title: "Map" },
] as const satisfies readonly { id: string; section: SectionId; title: string }[];
