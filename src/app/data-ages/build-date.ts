// The day this site was built (vite.config.ts defines it from BUILD_DATE or the build machine's UTC
// day) and the reader's UTC day: the header measures each source's age with them.
import type { IsoDate } from "../../data/schemas/common";

export const BUILD_DATE = __BUILD_DATE__ as IsoDate;

export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10) as IsoDate;
}
