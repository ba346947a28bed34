// The line above the losses charts: the General Staff's last statement, set against the range.
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import { formatDate, formatDateRange } from "../../../lib/format";

/** `noData`: no statement in the range (it starts after the last one, or has no reported day). */
export function latestStatementText(lastDay: IsoDate, range: DateRange, noData: boolean): string {
  const latest = `Latest statement: ${formatDate(lastDay)}`;
  if (noData)
    return `${latest} — none in ${formatDateRange(range)}: the General Staff's data in this dataset ends there. `;
  if (range.to > lastDay)
    return `${latest} — the range runs to ${formatDate(range.to)}; losses figures stop there.`;
  if (range.to === lastDay) return `${latest} — the range's last day.`;
  return `${latest} — after this range, which ends on ${formatDate(range.to)}.`;
}
