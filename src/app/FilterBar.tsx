// The global filters under the header: the date range every panel follows, the jump bar, and what
// the URL asked for that could not be honoured (the range's and every feature's parameters).
// On wide screens the range and the jump bar stick to the top together; on a phone only the jump
// bar does (the range control would take a third of the screen). Whatever sticks, its height is
// kept in --sticky-top, so an in-page jump or a focused control (the map's) lands below it.
import { useLayoutEffect, useRef } from "react";
import { DateRangeControl } from "../components/DateRangeControl";
import { Notice } from "../components/Notice";
import { useRange, useUrlNotices } from "../filters/use-url-state";
import { JumpNav } from "./JumpNav";
import { URL_STATES } from "./url-states";

export function FilterBar() {
  const { range, bounds, anchor, update } = useRange();
  const notices = useUrlNotices(URL_STATES);
  const barRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (!bar || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const measure = () => {
      const sticky = getComputedStyle(bar).position === "sticky" ? bar : bar.querySelector(".jump-nav");
      const height = sticky ? sticky.getBoundingClientRect().height : 0;
      root.style.setProperty("--sticky-top", `${Math.ceil(height)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    const nav = bar.querySelector(".jump-nav");
    if (nav) observer.observe(nav);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--sticky-top");
    };
  }, []);
  return (
    <>
      <div className="page-bar" ref={barRef}>
        <div className="filter-bar">
          <DateRangeControl range={range} context={{ bounds, anchor }} onChange={update} />
        </div>
        <JumpNav />
      </div>
      {/* Outside the (sticky) bar, so a long notice scrolls away with the page. */}
      <Notice notices={notices} />
    </>
  );
}
