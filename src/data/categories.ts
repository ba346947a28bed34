// Reader-facing names and colours of the General Staff categories, shared by every panel that
// shows them (losses, claimed vs confirmed). The canonical order is the schema's
// (GENERAL_STAFF_CATEGORIES): selections, links and legends all follow it.
import { GENERAL_STAFF_CATEGORIES, type GeneralStaffCategory } from "./schemas/losses";

export const CATEGORY_LABELS: Record<GeneralStaffCategory, string> = {
  personnel: "Personnel",
  tank: "Tanks",
  apc: "Armoured combat vehicles",
  artillery: "Artillery systems",
  mlrs: "Multiple rocket launchers",
  airDefense: "Air defence systems",
  aircraft: "Aircraft",
  helicopter: "Helicopters",
  drone: "Drones",
  cruiseMissile: "Cruise missiles",
  ship: "Warships and boats",
  submarine: "Submarines",
  vehicle: "Vehicles and fuel tanks",
  specialEquipment: "Special equipment",
  groundRobot: "Ground robotic systems",
};

/** What one unit of each category is, for "55 tanks", "1,070 people". */
export const CATEGORY_UNITS: Record<GeneralStaffCategory, { one: string; many: string }> = {
  personnel: { one: "person", many: "people" },
  tank: { one: "tank", many: "tanks" },
  apc: { one: "armoured vehicle", many: "armoured vehicles" },
  artillery: { one: "artillery system", many: "artillery systems" },
  mlrs: { one: "rocket launcher", many: "rocket launchers" },
  airDefense: { one: "air defence system", many: "air defence systems" },
  aircraft: { one: "aircraft", many: "aircraft" },
  helicopter: { one: "helicopter", many: "helicopters" },
  drone: { one: "drone", many: "drones" },
  cruiseMissile: { one: "cruise missile", many: "cruise missiles" },
  ship: { one: "warship or boat", many: "warships and boats" },
  submarine: { one: "submarine", many: "submarines" },
  vehicle: { one: "vehicle or fuel tank", many: "vehicles and fuel tanks" },
  specialEquipment: { one: "piece of special equipment", many: "pieces of special equipment" },
  groundRobot: { one: "ground robotic system", many: "ground robotic systems" },
};

export function categoryUnit(category: GeneralStaffCategory, count: number): string {
  const unit = CATEGORY_UNITS[category];
  return Math.abs(count) === 1 ? unit.one : unit.many;
}

/** The category's colour as a CSS value; the colours themselves live in styles/colors.css. */
export function categoryColorVar(category: GeneralStaffCategory): string {
  return `var(--cat-${category})`;
}

/** Personnel counts people, not equipment; it is drawn on its own chart so it never squashes the rest. */
export function isPersonnel(category: GeneralStaffCategory): boolean {
  return category === "personnel";
}

export const isCategory = (v: string): v is GeneralStaffCategory =>
  (GENERAL_STAFF_CATEGORIES as readonly string[]).includes(v);

/** Categories in the canonical order, without repeats, so equal selections serialise equally. */
export function canonicalCategories(cats: readonly GeneralStaffCategory[]): GeneralStaffCategory[] {
  return GENERAL_STAFF_CATEGORIES.filter((c) => cats.includes(c));
}
