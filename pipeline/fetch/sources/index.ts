// Every fetched upstream, in run order, and the frozen archives the fetch seeds instead of fetching.
import { deepstateOccupiedSource } from "./deepstate-occupied";
import { generalStaffSource } from "./general-staff";
import { nzzSource } from "./nzz";
import { oryxDailySource } from "./oryx-daily";
import type { FetchSource } from "./types";

export const FETCH_SOURCES: FetchSource[] = [
  generalStaffSource,
  oryxDailySource,
  nzzSource,
  deepstateOccupiedSource,
];

export interface FrozenArchive {
  id: string;
  /** Folder in the raw layout, copied whole from the seed folder when the target has none of it. */
  folder: string;
  upstream: string;
  why: string;
}

/** Raw folders whose upstream no longer changes: seeded once from a local copy, never fetched. */
export const FROZEN_ARCHIVES: FrozenArchive[] = [
  {
    id: "oryx-history",
    folder: "oryx",
    upstream: "https://github.com/scarnecchia/oryx_data",
    why: "its scraper's last commit was on 2025-07-19; oryx-daily/ continues it",
  },
  {
    id: "deepstate-history",
    folder: "territory/deepstate",
    upstream: "https://github.com/DanielRose2310/deepstatemaps-history",
    why: "its archive stops on 2025-08-03; deepstate-occupied/ continues it",
  },
  {
    id: "ukraine-boundary",
    folder: "geo",
    upstream: "https://geodata.lib.berkeley.edu/",
    why: "the national boundary (2015) does not change",
  },
];
