// Shown when the range has no Oryx snapshot (Oryx's data ends before the other sources'): one click
// moves the global range to Oryx's last year, so the comparison can be seen.
import type { IsoDate } from "../../../data/schemas/common";
import type { DateRange } from "../../../filters/range";
import { addDays } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";

export function OryxRangeHint({
  oryxLast,
  onRangeChange,
}: {
  oryxLast: IsoDate;
  onRangeChange: (r: DateRange) => void;
}) {
  return (
    <p className="cmp-hint">
      Oryx’s data ends on {formatDate(oryxLast)}, before this range.{" "}
      <button type="button" onClick={() => onRangeChange({ from: addDays(oryxLast, -364), to: oryxLast })}>
        Show the year to {formatDate(oryxLast)}
      </button>
    </p>
  );
}
