// Step: general-staff/*.json → public/data/losses.json (Russian losses claimed by Ukraine's General Staff).
import {
  GENERAL_STAFF_CATEGORIES,
  lossesFileSchema,
  type Correction,
  type GeneralStaff,
  type GeneralStaffCategory,
  type LossesFile,
  type NegativeChange,
} from "../../src/data/schemas/losses";
import { SCHEMA_VERSION, toIsoDate, type IsoDate, type Source } from "../../src/data/schemas/common";
import {
  readGeneralStaff,
  CATEGORY_PARTS,
  RAW_CATEGORY_KEYS,
  type GeneralStaffRaw,
  type RawDailyRecord,
} from "../sources/general-staff";
import { daysBetween, eachDay } from "../lib/dates";
import { totalFalls } from "../../src/data/checks/plausibility";
import { serializeJson } from "../lib/json";
import type { Step } from "../types";

/** A day where a category switches the raw key(s) it is read from (a definition change). */
export interface PartChange {
  date: IsoDate;
  category: GeneralStaffCategory;
  from: { keys: string; value: number | null };
  to: { keys: string; value: number | null };
}

export interface DerivedGeneralStaff {
  generalStaff: GeneralStaff;
  /** Days inside the covered range with no equipment (or no personnel) statement. */
  missingDays: { file: "equipment" | "personnel"; date: IsoDate }[];
  /** Days where a multi-key part was only partly present (value set to null). */
  incompleteParts: { date: IsoDate; category: GeneralStaffCategory; missing: string[] }[];
  negativeChanges: NegativeChange[];
  partChanges: PartChange[];
}

function valueOf(
  record: RawDailyRecord,
  category: GeneralStaffCategory,
  incomplete: DerivedGeneralStaff["incompleteParts"],
): number | null {
  let sum: number | null = null;
  for (const part of CATEGORY_PARTS[category]) {
    const present = part.filter((key) => record.counts.has(key));
    if (present.length === 0) continue;
    if (present.length < part.length) {
      incomplete.push({
        date: toIsoDate(record.date),
        category,
        missing: part.filter((k) => !record.counts.has(k)),
      });
      return null;
    }
    sum = (sum ?? 0) + present.reduce((acc, key) => acc + (record.counts.get(key) ?? 0), 0);
  }
  return sum;
}

/** Turns the raw statements into the column-oriented, gap-free series of losses.json. */
export function deriveGeneralStaff(raw: GeneralStaffRaw): DerivedGeneralStaff {
  const all = [...raw.equipment, ...raw.personnel].map((r) => r.date).sort();
  const first = all[0];
  const last = all[all.length - 1];
  if (first === undefined || last === undefined) throw new Error("no General Staff records");
  const dates = eachDay(first, last);
  const cumulative = Object.fromEntries(
    GENERAL_STAFF_CATEGORIES.map((c) => [c, dates.map((): number | null => null)]),
  ) as Record<GeneralStaffCategory, (number | null)[]>;
  const incompleteParts: DerivedGeneralStaff["incompleteParts"] = [];
  const missingDays: DerivedGeneralStaff["missingDays"] = [];

  const fill = (
    records: RawDailyRecord[],
    categories: readonly GeneralStaffCategory[],
    file: "equipment" | "personnel",
  ) => {
    const byDate = new Map(records.map((r) => [r.date, r]));
    dates.forEach((date, i) => {
      const record = byDate.get(date);
      if (!record) {
        missingDays.push({ file, date });
        return;
      }
      for (const category of categories) cumulative[category][i] = valueOf(record, category, incompleteParts);
    });
  };
  fill(
    raw.equipment,
    GENERAL_STAFF_CATEGORIES.filter((c) => c !== "personnel"),
    "equipment",
  );
  fill(raw.personnel, ["personnel"], "personnel");

  const corrections = deriveCorrections(raw.corrections);
  const negativeChanges: NegativeChange[] = [];
  for (const category of GENERAL_STAFF_CATEGORIES) {
    for (const { i, from, to } of totalFalls(cumulative[category])) {
      const date = dates[i]!;
      // ±1 day: the corrections list is sometimes dated the day before or after the fall.
      const correction =
        corrections.find((c) => c.category === category && Math.abs(daysBetween(c.date, date)) <= 1) ?? null;
      negativeChanges.push({ date, category, from, to, correction });
    }
  }
  negativeChanges.sort((a, b) => a.date.localeCompare(b.date));
  return {
    generalStaff: { dates, cumulative, corrections, negativeChanges },
    missingDays,
    incompleteParts,
    negativeChanges,
    partChanges: derivePartChanges(raw.equipment),
  };
}

/** Days where a multi-part category switches raw keys (e.g. vehicle on 2022-05-01), with both values. */
export function derivePartChanges(records: RawDailyRecord[]): PartChange[] {
  const out: PartChange[] = [];
  for (const category of GENERAL_STAFF_CATEGORIES) {
    if (CATEGORY_PARTS[category].length < 2) continue;
    let previous: { keys: string; value: number | null } | undefined;
    for (const record of records) {
      const keys = CATEGORY_PARTS[category]
        .filter((part) => part.some((k) => record.counts.has(k)))
        .map((part) => part.join(" + "))
        .join(" and ");
      if (!keys) continue;
      const current = { keys, value: valueOf(record, category, []) };
      if (previous && previous.keys !== keys) {
        out.push({ date: toIsoDate(record.date), category, from: previous, to: current });
      }
      previous = current;
    }
  }
  return out;
}

/** The corrections file as a flat list of non-zero deltas, by date then category order. */
export function deriveCorrections(records: RawDailyRecord[]): Correction[] {
  const out: Correction[] = [];
  for (const record of records) {
    for (const category of GENERAL_STAFF_CATEGORIES) {
      let delta = 0;
      for (const [key, value] of record.counts) if (RAW_CATEGORY_KEYS[key] === category) delta += value;
      if (delta !== 0) out.push({ date: toIsoDate(record.date), category, delta });
    }
  }
  return out;
}

export function generalStaffSource(firstDate: IsoDate, lastDate: IsoDate): Source {
  return {
    id: "general-staff",
    name: "General Staff of the Armed Forces of Ukraine (daily statements, via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)",
    url: "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
    licence:
      "Dataset MIT licence; figures from official public statements of the General Staff of the Armed Forces of Ukraine",
    counts:
      "Russian losses claimed by Ukraine's General Staff, cumulative since 24 Feb 2022: personnel (killed and wounded, rounded) and equipment by category.",
    caveats:
      "Claims of one side of the war, not independently verified. Drones include every drone reported shot down. Categories start at different dates (null before); 'vehicles' sums 'military auto' and 'fuel tank' before 2022-05-01; 'cruise missiles' includes the 'mobile SRBM system' count (at most 4) before 2022-05-01 and jumps to 84 when cruise missiles were first reported. The General Staff corrected earlier totals several times (listed as corrections), so a daily difference can be negative.",
    firstDate,
    lastDate,
    shortName: "General Staff",
  };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

export const buildLosses: Step = async ({ rawDir }) => {
  const raw = readGeneralStaff(rawDir);
  const derived = deriveGeneralStaff(raw);
  const { generalStaff } = derived;
  const firstDate = generalStaff.dates[0];
  const lastDate = generalStaff.dates[generalStaff.dates.length - 1];
  if (!firstDate || !lastDate) throw new Error("no dates");
  const file: LossesFile = lossesFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [generalStaffSource(firstDate, lastDate)],
    generalStaff,
  });

  const lines: string[] = [
    `rows read: ${raw.equipment.length} equipment, ${raw.personnel.length} personnel, ${raw.corrections.length} correction records (${generalStaff.corrections.length} non-zero deltas)`,
    `coverage: ${firstDate} → ${lastDate}, ${generalStaff.dates.length} calendar days`,
    derived.missingDays.length === 0
      ? "gaps: none (every calendar day has a statement)"
      : `gaps (null on these days): ${derived.missingDays.map((d) => `${d.file} ${d.date}`).join(", ")}`,
  ];
  for (const category of GENERAL_STAFF_CATEGORIES) {
    const values = generalStaff.cumulative[category];
    const firstIndex = values.findIndex((v) => v !== null);
    const lastIndex = values.findLastIndex((v) => v !== null);
    const nullsInside = values.slice(firstIndex, lastIndex + 1).filter((v) => v === null).length;
    lines.push(
      `  ${category}: first reported ${generalStaff.dates[firstIndex] ?? "never"}` +
        (lastIndex < values.length - 1 ? `, last ${generalStaff.dates[lastIndex] ?? "never"}` : "") +
        (nullsInside ? `, ${nullsInside} unreported day(s) inside its span` : ""),
    );
  }
  for (const p of derived.incompleteParts)
    lines.push(`incomplete ${p.category} on ${p.date}: missing ${p.missing.join(", ")} → null`);
  for (const c of derived.partChanges) {
    lines.push(
      `definition change ${c.date} ${c.category}: "${c.from.keys}" (${c.from.value}) → "${c.to.keys}" (${c.to.value})`,
    );
  }
  lines.push(`negative daily differences: ${derived.negativeChanges.length}`);
  for (const n of derived.negativeChanges) {
    const c = n.correction;
    lines.push(
      `  ${n.date} ${n.category}: ${n.from} → ${n.to} (${signed(n.to - n.from)}); ` +
        (c ? `matches listed correction ${c.date} ${signed(c.delta)}` : "NO listed correction"),
    );
  }
  return {
    files: [{ path: "losses.json", content: serializeJson(file) }],
    report: { title: "General Staff → losses.json", lines },
  };
};
