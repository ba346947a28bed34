// Display metadata for the General Staff categories: reader-facing names and chart colours.
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

/**
 * Line and bar colours per theme. Drones, often shown with tanks, are neutral (near-black or
 * near-white) so they never read as another shade of the tanks' orange. Every light colour has at least 3.9:1 contrast on white and
 * every dark one at least 6.5:1 on the dark background (#15171c), so series stay distinguishable
 * from the page in both themes (WCAG 1.4.11 asks 3:1 for graphics).
 */
const LIGHT_COLORS: Record<GeneralStaffCategory, string> = {
  personnel: "#6a4c9c",
  tank: "#c2410c",
  apc: "#0062a3",
  artillery: "#007a5a",
  mlrs: "#b03a8a",
  airDefense: "#8a6d00",
  aircraft: "#2f6fb0",
  helicopter: "#8c564b",
  drone: "#2b2f36",
  cruiseMissile: "#c0392b",
  ship: "#1f6f8b",
  submarine: "#5d6d7e",
  vehicle: "#4d7a1f",
  specialEquipment: "#a0522d",
  groundRobot: "#0f7d8c",
};

const DARK_COLORS: Record<GeneralStaffCategory, string> = {
  personnel: "#b39ddb",
  tank: "#ff8a50",
  apc: "#64b5f6",
  artillery: "#4dd0a1",
  mlrs: "#f48fb1",
  airDefense: "#e0c050",
  aircraft: "#90caf9",
  helicopter: "#d7a58f",
  drone: "#eceff4",
  cruiseMissile: "#ef7a6c",
  ship: "#4fc3f7",
  submarine: "#b0bec5",
  vehicle: "#aed581",
  specialEquipment: "#e0a070",
  groundRobot: "#4dd0e1",
};

export function categoryColor(category: GeneralStaffCategory, theme: "light" | "dark"): string {
  return (theme === "dark" ? DARK_COLORS : LIGHT_COLORS)[category];
}

/** Personnel counts people, not equipment; it is drawn on its own chart so it never squashes the rest. */
export function isPersonnel(category: GeneralStaffCategory): boolean {
  return category === "personnel";
}
