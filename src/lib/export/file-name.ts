// Export file names say what the file holds: the chart, the range, and the variant, e.g.
// "tank-losses-general-staff_2023-06-04_2023-11-30_2x-dark.png". Plain ASCII, no spaces, so they
// survive every OS, e-mail client and CMS upload form.

export type ExportExtension = "png" | "svg" | "csv";

/** Lower-case ASCII words joined by hyphens ("Tanks: 2023 (GS)" → "tanks-2023-gs"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface FileNameParts {
  /** What the chart shows, e.g. "tank-losses-general-staff" (slugified again here). */
  stem: string;
  /** The days the file covers; left out for views without a range. */
  range?: { from: string; to: string };
  /** e.g. "2x-dark" or "transparent". */
  variant?: string;
  ext: ExportExtension;
}

export function exportFileName({ stem, range, variant, ext }: FileNameParts): string {
  const parts = [slugify(stem) || "chart"];
  if (range) parts.push(range.from, range.to);
  const v = variant ? slugify(variant) : "";
  if (v) parts.push(v);
  return `${parts.join("_")}.${ext}`;
}
