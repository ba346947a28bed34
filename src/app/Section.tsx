import type { ReactNode } from "react";
import { sectionTitle, type SectionId } from "./sections";

/** A jump target of the in-page navigation, titled by its h2. */
export function Section({ id, children, intro }: { id: SectionId; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{sectionTitle(id)}</h2>
      {intro && <p className="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
