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
