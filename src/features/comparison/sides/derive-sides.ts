// Russia vs Ukraine as Oryx confirms them: both sides' cumulative counts of one type on Oryx's
// snapshot days in the range, their ratio, and the split by status on the range's last snapshot.
import type { IsoDate } from "../../../data/schemas/common";
import type { OryxCountry, OryxFile, OryxType } from "../../../data/schemas/oryx";
import type { DateRange } from "../../../filters/range";
import { ratioOf } from "../claimed/derive-claimed-confirmed";

export interface SidesRow {
  date: IsoDate;
  russia: number;
  ukraine: number;
  /** Russia ÷ Ukraine; null when Ukraine's count is 0. */
  ratio: number | null;
}

export function deriveSides(oryx: OryxFile, type: OryxType, range: DateRange): SidesRow[] {
  const ru = oryx.countries.russia[type]?.total ?? [];
  const ua = oryx.countries.ukraine[type]?.total ?? [];
  const rows: SidesRow[] = [];
  oryx.dates.forEach((date, i) => {
    if (date < range.from || date > range.to) return;
    const russia = ru[i];
    const ukraine = ua[i];
    if (russia == null || ukraine == null) return;
    rows.push({ date, russia, ukraine, ratio: ratioOf(russia, ukraine) });
  });
  return rows;
}

export const STATUSES = ["destroyed", "damaged", "abandoned", "captured"] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusSplit {
  country: OryxCountry;
  date: IsoDate;
  counts: Record<Status, number>;
  total: number;
}

/** Each side's counts by status on the last snapshot in the range where the row is complete. */
export function deriveStatusSplit(oryx: OryxFile, type: OryxType, range: DateRange): StatusSplit[] {
  const out: StatusSplit[] = [];
  for (const country of ["russia", "ukraine"] as const) {
    const s = oryx.countries[country][type];
    if (!s) continue;
    for (let i = oryx.dates.length - 1; i >= 0; i--) {
      const date = oryx.dates[i]!;
      if (date > range.to) continue;
      if (date < range.from) break;
      const values = STATUSES.map((k) => s[k][i]);
      if (values.some((v) => v == null)) continue;
      const counts = Object.fromEntries(STATUSES.map((k, j) => [k, values[j]!])) as Record<Status, number>;
      out.push({ country, date, counts, total: values.reduce<number>((a, b) => a + b!, 0) });
      break;
    }
  }
  return out;
}
