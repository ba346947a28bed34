// The global filters under the header: the date range every panel follows, and what the URL
// asked for that could not be honoured (the range's and every feature's parameters).
import { DateRangeControl } from "../components/DateRangeControl";
import { Notice } from "../components/Notice";
import { useRange, useUrlNotices } from "../filters/use-url-state";
import { URL_STATES } from "./url-states";

export function FilterBar() {
  const { range, bounds, anchor, update } = useRange();
  const notices = useUrlNotices(URL_STATES);
  return (
    <>
      <div className="filter-bar">
        <DateRangeControl range={range} context={{ bounds, anchor }} onChange={update} />
      </div>
      {/* Outside the (sticky) bar, so a long notice scrolls away with the page. */}
      <Notice notices={notices} />
    </>
  );
}
