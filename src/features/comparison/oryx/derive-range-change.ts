// The "in this range" figures of the Oryx charts' titles: the same window rule as the losses KPI
// and the ledger (lib/windows: value on the last day minus the day before the first), so a ledger
// link to a chart shows the ledger's figure in the chart's title.
import type { GeneralStaff, GeneralStaffCategory } from "../../../data/schemas/losses";
import type { OryxFile, OryxType } from "../../../data/schemas/oryx";
import { formatDate, formatSignedNumber } from "../../../lib/format";
import { windowChange, type DayWindow } from "../../../lib/windows";
import { oryxWindowChange, type ReadChange } from "./lookup";

/** "Oryx snapshots 18 Jul 2023 → 25 Jul 2023": the Oryx days a change was read between. */
export const snapshotsText = ({ start, end }: ReadChange): string =>
  `Oryx snapshots ${formatDate(start.date)} → ${formatDate(end.date)}`;

/**
 * "in this range +59 claimed, at least +55 confirmed (Oryx snapshots 18 Jul → 25 Jul 2023)", or
 * null when either figure is unknown (an end with no snapshot within the ledger's tolerance).
 */
export function claimedConfirmedChangeText(
  gs: GeneralStaff,
  oryx: OryxFile,
  category: GeneralStaffCategory,
  oryxTypes: readonly OryxType[],
  window: DayWindow,
): string | null {
  const claimed = windowChange(gs.dates, gs.cumulative[category] ?? [], window, 0).change;
  const confirmed = oryxWindowChange(oryx, "russia", oryxTypes, window);
  if (claimed === null || !confirmed.ok) return null;
  return `in this range ${formatSignedNumber(claimed)} claimed, at least ${formatSignedNumber(confirmed.value.change)} confirmed (${snapshotsText(confirmed.value)})`;
}

/** "in this range Russia at least +55, Ukraine at least +12 (Oryx snapshots …)", or null. */
export function sidesChangeText(oryx: OryxFile, type: OryxType, window: DayWindow): string | null {
  const russia = oryxWindowChange(oryx, "russia", [type], window);
  const ukraine = oryxWindowChange(oryx, "ukraine", [type], window);
  if (!russia.ok || !ukraine.ok) return null;
  return `in this range Russia at least ${formatSignedNumber(russia.value.change)}, Ukraine at least ${formatSignedNumber(ukraine.value.change)} (${snapshotsText(russia.value)})`;
}
