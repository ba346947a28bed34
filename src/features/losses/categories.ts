// Display metadata for the General Staff categories: reader-facing names and chart colours.
// Colours come from a colour-blind-safe qualitative palette (Okabe–Ito, extended with darker
// tones); each one keeps at least 3:1 contrast against both the light and the dark background.
import type { GeneralStaffCategory } from "../../data/schemas/losses";

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

export const CATEGORY_COLORS: Record<GeneralStaffCategory, string> = {
  personnel: "#7b5ea7",
  tank: "#d55e00",
  apc: "#0072b2",
  artillery: "#009e73",
  mlrs: "#cc79a7",
  airDefense: "#b8860b",
  aircraft: "#56a0d3",
  helicopter: "#8c564b",
  drone: "#e69f00",
  cruiseMissile: "#c0392b",
  ship: "#2c7fb8",
  submarine: "#5d6d7e",
  vehicle: "#6a8d2f",
  specialEquipment: "#a0522d",
  groundRobot: "#17a2b8",
};

/** Personnel counts people, not equipment; it is drawn on its own chart so it never squashes the rest. */
export function isPersonnel(category: GeneralStaffCategory): boolean {
  return category === "personnel";
}
