// Small multiples: one card per category for the range, the categories that grew most versus the
// previous period of the same length first. Pressing a card toggles it in the main chart.
import { memo } from "react";
import type { GeneralStaffCategory } from "../../../data/schemas/losses";
import { formatNumber, formatPercent } from "../../../lib/format";
import { CATEGORY_LABELS, categoryColorVar, categoryUnit } from "../../../data/categories";
import type { PeriodChange } from "./derive-period-change";

export interface SparklineCard {
  change: PeriodChange;
  /** Precomputed SVG path of the 7-day average of daily losses over the range. */
  path: string;
}

interface SparklinesProps {
  cards: readonly SparklineCard[];
  selected: readonly GeneralStaffCategory[];
  /** Days in the range, for "vs the previous N days". */
  days: number;
  onToggle: (category: GeneralStaffCategory) => void;
}

export const SPARK_WIDTH = 160;
export const SPARK_HEIGHT = 36;

function changeText(c: PeriodChange, days: number): string {
  const period = `the previous ${formatNumber(days)} day${days === 1 ? "" : "s"}`;
  if (c.current == null) return "not reported in this range";
  if (c.previous == null) return `no data for ${period} to compare`;
  if (c.ratio == null) return `none in ${period}`;
  // The arrow follows the rounded percentage, so "0%" never gets an up or down arrow.
  const rounded = Math.round(c.ratio * 100);
  const arrow = rounded > 0 ? "▲" : rounded < 0 ? "▼" : "=";
  return `${arrow} ${formatPercent(Math.abs(c.ratio), undefined, 0)} vs ${period}`;
}

export const Sparklines = memo(function Sparklines({ cards, selected, days, onToggle }: SparklinesProps) {
  return (
    <ul className="losses-sparks" aria-label="All categories, sorted by change versus the previous period">
      {cards.map(({ change, path }) => {
        const c = change.category;
        const on = selected.includes(c);
        const total = change.current == null ? "not reported" : formatNumber(change.current);
        const trend = changeText(change, days);
        return (
          <li key={c}>
            <button
              type="button"
              className="losses-spark"
              // The name is the visible text (no aria-label that could differ from it); pressed = on the chart.
              aria-pressed={on}
              onClick={() => onToggle(c)}
            >
              <span className="losses-spark__name">{CATEGORY_LABELS[c]}</span>{" "}
              <span className="losses-spark__total">
                {total}
                {change.current != null && " "}
                {change.current != null && (
                  <span className="losses-spark__unit">{`${categoryUnit(c, change.current)} in range`}</span>
                )}
              </span>
              <svg
                width="100%"
                height={SPARK_HEIGHT}
                viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <path
                  d={path}
                  fill="none"
                  stroke={categoryColorVar(c)}
                  strokeWidth={1.5}
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
              {/* Spaces keep the accessible name readable ("Tanks 55 tanks in range ▲ …"). */}{" "}
              <span className="losses-spark__trend">{trend}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
