// The fixed key lists of the dataset, without zod: code that only needs the keys (URL parsers, the
// data checks) imports them from here, so the first chart's bundle does not build every schema.
export const ORYX_TYPES = [
  "tanks",
  "afv",
  "ifv",
  "apc",
  "mrap",
  "imv",
  "artillerySelfPropelled",
  "artilleryTowed",
  "mlrs",
  "sam",
  "antiAircraftGuns",
  "aircraft",
  "helicopters",
  "uavs",
  "ships",
  "trucks",
  "allTypes",
] as const;

export const ORYX_COUNTRIES = ["russia", "ukraine"] as const;

export const SECTOR_IDS = ["bakhmut", "zaporizhzhia", "donetsk"] as const;

export const TERRITORY_SOURCES = ["deepstate", "nzz"] as const;
