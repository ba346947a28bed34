// Which Oryx rows the like-for-like series leave out, for each change of method the curated ledger
// (pipeline/curated/method-changes.json) lists as handled "likeForLike". Pure, unit-tested in
// like-for-like.test.ts.
import type { MethodChange } from "../../../src/data/schemas/method-changes";
import type { OryxType } from "../../../src/data/schemas/oryx";
import { normaliseTypeName, ORYX_TYPE_NAMES } from "../../sources/oryx";

/**
 * Per ledger id, the Oryx type names (normalised) left out of every day of the like-for-like series,
 * so the days before and after the change count the same things.
 * - 2026-05-04: Oryx removed reconnaissance UAVs and unmanned ground vehicles from both lists. Left
 *   out for the whole history, with "Unmanned Aerial Vehicles", the row they were listed under before
 *   the 2022-11-16 split (for Ukraine the reconnaissance row kept that name until 2023-03-27; for
 *   Russia it also held its first few combat UAVs, so the like-for-like total steps up by those on the
 *   split day: measured in oryx.json's methodChanges).
 */
export const ORYX_LEFT_OUT: Readonly<Record<string, readonly string[]>> = {
  "oryx-2026-05-04-recon-uavs-ugvs-removed": [
    "reconnaissance unmanned aerial vehicles",
    "unmanned aerial vehicles",
    "unmanned ground vehicles",
  ],
};

export interface OryxLikeForLike {
  /** The ledger's changes applied. */
  ids: string[];
  /** Normalised type names left out of every like-for-like series. */
  leftOut: ReadonlySet<string>;
  /** The stable keys whose like-for-like series differ from the published ones (allTypes always,
   *  when anything is left out: every type is inside Oryx's total). */
  keys: OryxType[];
}

/**
 * The like-for-like definition for the ledger's Oryx changes handled "likeForLike". A listed change
 * without a definition here, or whose `keys` differ from the series its left-out names touch, throws
 * naming the ledger entry: the ledger and the pipeline never disagree silently.
 */
export function oryxLikeForLike(changes: readonly MethodChange[], ledgerFile: string): OryxLikeForLike {
  const applied = changes.filter((c) => c.source === "oryx" && c.handlingKind === "likeForLike");
  const leftOut = new Set<string>();
  const keys = new Set<OryxType>();
  for (const change of applied) {
    const names = ORYX_LEFT_OUT[change.id];
    if (!names)
      throw new Error(
        `${ledgerFile}: ${change.id} is handled "likeForLike" but pipeline/steps/oryx/like-for-like.ts does not say which Oryx rows it leaves out`,
      );
    const touched = new Set<OryxType>(["allTypes"]);
    for (const name of names) {
      const normalised = normaliseTypeName(name);
      if (!(normalised in ORYX_TYPE_NAMES))
        throw new Error(`left-out Oryx type "${name}" is not a known type`);
      leftOut.add(normalised);
      const key = ORYX_TYPE_NAMES[normalised];
      if (key) touched.add(key);
    }
    const listed = [...(change.keys ?? [])].sort().join(", ");
    if (listed !== [...touched].sort().join(", "))
      throw new Error(
        `${ledgerFile}: ${change.id} lists keys [${listed}], but the rows it leaves out touch [${[...touched].sort().join(", ")}]`,
      );
    for (const k of touched) keys.add(k);
  }
  return { ids: applied.map((c) => c.id), leftOut, keys: [...keys].sort() };
}
