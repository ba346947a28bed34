// PetroIvaniuk/2022-Ukraine-Russia-War-Dataset: the General Staff's daily statements as three
// cumulative JSON files under data/; copied as published into general-staff/.
import { checkCumulativeJson } from "../checks";
import type { CumulativeSource } from "./types";

const NAMES = [
  "russia_losses_equipment.json",
  "russia_losses_personnel.json",
  "russia_losses_equipment_correction.json",
];

export const generalStaffSource: CumulativeSource = {
  kind: "cumulative",
  id: "general-staff",
  folder: "general-staff",
  files: NAMES.map((name) => ({ local: name, upstream: `data/${name}` })),
  check: checkCumulativeJson,
};
