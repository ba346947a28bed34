// Display labels of the Oryx type keys, and how General Staff categories line up with them (the
// comparison panel's pairs, as listed in issue #3). Shipped in oryx.json.
import type { CategoryMapping, OryxType } from "../../../src/data/schemas/oryx";

/** Labels of the like-for-like series (oryx.json's `countries`, the default). */
export const ORYX_TYPE_LABELS: Record<OryxType, string> = {
  tanks: "Tanks",
  afv: "Armoured fighting vehicles",
  ifv: "Infantry fighting vehicles",
  apc: "Armoured personnel carriers",
  mrap: "MRAPs",
  imv: "Infantry mobility vehicles",
  artillerySelfPropelled: "Self-propelled artillery",
  artilleryTowed: "Towed artillery",
  mlrs: "Multiple rocket launchers",
  sam: "Surface-to-air missile systems",
  antiAircraftGuns: "Anti-aircraft guns (towed and self-propelled)",
  aircraft: "Aircraft",
  helicopters: "Helicopters",
  uavs: "Combat UAVs (reconnaissance UAVs left out)",
  ships: "Naval ships (and submarines)",
  trucks: "Trucks, vehicles and jeeps",
  allTypes: "All types (without reconnaissance UAVs and UGVs)",
};

/** Labels of the as-published series, where they differ (oryx.json's `asPublished`). */
export const ORYX_PUBLISHED_TYPE_LABELS: Partial<Record<OryxType, string>> = {
  uavs: "UAVs (reconnaissance and combat until May 2026)",
  allTypes: "All types (Oryx's total)",
};

/** General Staff category ↔ Oryx types, as used by the comparison panel (issue #3's list). */
export const CATEGORY_MAPPING: CategoryMapping[] = [
  {
    generalStaff: "tank",
    oryx: ["tanks"],
    comparable: true,
    note: "Same kind of equipment on both sides. Oryx counts only losses with photo or video evidence, so it is a floor.",
  },
  {
    generalStaff: "apc",
    oryx: ["afv", "ifv", "apc", "mrap", "imv"],
    comparable: true,
    note: "The General Staff's 'armoured combat vehicles' is one number; Oryx splits the same vehicles into five types, summed here. Borderline vehicles may be classed differently.",
  },
  {
    generalStaff: "artillery",
    oryx: ["artillerySelfPropelled", "artilleryTowed"],
    comparable: true,
    note: "Self-propelled plus towed guns. Oryx lists heavy mortars and artillery support vehicles separately (not included); the General Staff's scope is not published.",
  },
  {
    generalStaff: "mlrs",
    oryx: ["mlrs"],
    comparable: true,
    note: "Multiple rocket launchers; Oryx renamed the type 'Rocket and Missile Artillery' in June 2025.",
  },
  {
    generalStaff: "airDefense",
    oryx: ["sam", "antiAircraftGuns"],
    comparable: true,
    note: "Surface-to-air missile systems plus anti-aircraft guns. Oryx counts radars separately, the General Staff may not.",
  },
  {
    generalStaff: "aircraft",
    oryx: ["aircraft"],
    comparable: true,
    note: "Fixed-wing aircraft. Aircraft shot down over Russian-held or Russian territory are rarely photographed, so the gap is large.",
  },
  {
    generalStaff: "helicopter",
    oryx: ["helicopters"],
    comparable: true,
    note: "Same kind of equipment; same evidence caveat as aircraft.",
  },
  {
    generalStaff: "ship",
    oryx: ["ships"],
    comparable: true,
    note: "Warships and boats. Oryx includes submarines from Sept 2023 ('Naval Ships and Submarines'); the General Staff counts submarines separately from 2023-09-14.",
  },
  {
    generalStaff: "vehicle",
    oryx: ["trucks"],
    comparable: true,
    note: "The General Staff's 'vehicles and fuel tanks' vs Oryx's trucks, vehicles and jeeps (with trains from May 2025). Oryx records few soft-skinned vehicles relative to their number.",
  },
  {
    generalStaff: "drone",
    oryx: ["uavs"],
    comparable: false,
    note: "Not comparable: the General Staff counts every drone shot down (mostly one-way attack drones), Oryx only military UAVs photographed on the ground or wrecked (and, from May 2026, no reconnaissance UAVs).",
  },
];
