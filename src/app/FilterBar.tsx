// The global filters under the header: the date range every panel follows, and what the URL
// asked for that could not be honoured.
import { DateRangeControl } from "../components/DateRangeControl";
import { Notice } from "../components/Notice";
import { useFilters } from "../filters/use-filters";

export function FilterBar() {
  const { filters, notices, update, bounds } = useFilters();
  return (
    <>
      <div className="filter-bar">
        <DateRangeControl
          range={filters.range}
          bounds={bounds}
          onChange={(range, options) => update({ range }, options)}
        />
      </div>
      {/* Outside the (sticky) bar, so a long notice scrolls away with the page. */}
      <Notice notices={notices} />
    </>
  );
}
