// Step: pipeline/curated/claims.json (hand-curated, cited statements) → public/data/claims.json.
// Only the statements and the checks to run are curated; the app computes every verdict from the data.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { claimSchema, claimsFileSchema, type ClaimsFile } from "../../../src/data/schemas/claims";
import { SCHEMA_VERSION, toIsoDate, type Source } from "../../../src/data/schemas/common";
import { isValidIsoDate } from "../../lib/dates";
import { serializeJson } from "../../lib/json";
import { readRawJson } from "../../lib/raw-files";
import { RawDataError, type Step } from "../../types";

export const CURATED_CLAIMS_FILE = fileURLToPath(new URL("../../curated/claims.json", import.meta.url));

const curatedSchema = z.object({ note: z.string().optional(), claims: z.array(claimSchema).min(1) });

/** Validates and sorts the curated claims; a bad entry fails the build naming the file and the entry. */
export function deriveClaims(file: string, data: unknown): ClaimsFile {
  const parsed = curatedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawDataError(
      file,
      `invalid claim at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`,
    );
  }
  const claims = [...parsed.data.claims].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new RawDataError(file, `duplicate claim id ${claim.id}`);
    seen.add(claim.id);
    const dates = [claim.date, ...claim.readings.flatMap((r) => Object.values(windowOf(r.check)))];
    for (const d of dates)
      if (!isValidIsoDate(d)) throw new RawDataError(file, `${claim.id}: ${d} is not a calendar date`);
    for (const r of claim.readings) {
      const c = r.check;
      if ("baseline" in c && c.baseline >= c.to)
        throw new RawDataError(file, `${claim.id} "${r.label}": baseline must be before the window's end`);
    }
    // The claim's own source gives its verdicts: at least one reading must read it.
    if (
      claim.verdictSource !== null &&
      !claim.readings.some((r) => sourceOf(r.check) === claim.verdictSource)
    )
      throw new RawDataError(file, `${claim.id}: no reading checks its verdictSource ${claim.verdictSource}`);
    for (const c of [claim.reportedBy, claim.primary])
      if (c && !c.url.startsWith("https://"))
        throw new RawDataError(file, `${claim.id}: source URL must be https`);
  }
  const first = claims[0]?.date;
  const last = claims.at(-1)?.date;
  if (!first || !last) throw new RawDataError(file, "no claims");
  return claimsFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: [curatedClaimsSource(first, last)],
    claims,
  });
}

/** The dataset a check reads (the ledger's verdict kinds: src/features/comparison/ledger/derive-claim-verdicts.ts). */
function sourceOf(check: ClaimsFile["claims"][number]["readings"][number]["check"]) {
  if (check.kind === "territoryAdvance") return check.source;
  if (check.kind === "placeHeld") return check.source === "nzz" ? "nzz" : "deepstate";
  return check.kind === "oryxTotal" || check.kind === "oryxChange" ? "oryx" : "generalStaff";
}

function windowOf(check: ClaimsFile["claims"][number]["readings"][number]["check"]) {
  return "asOf" in check ? { asOf: check.asOf } : { baseline: check.baseline, to: check.to };
}

export function curatedClaimsSource(firstDate: string, lastDate: string): Source {
  return {
    id: "curated-claims",
    name: "Claims ledger: public statements, curated for this dashboard",
    url: "https://ukrainetoday.org/2023/07/25/russia-loses-55-tanks-in-one-week-as-ukraine-advances/",
    licence:
      "Statements quoted as reported, each linked to the article and, where there is one, the primary source",
    counts:
      "Dated public statements about losses and territory, each with the window and data it is checked against.",
    caveats:
      "A hand-picked list, not a survey of statements. The quoted figures are the speakers'; every verdict is computed from the dashboard's data.",
    firstDate: toIsoDate(firstDate),
    lastDate: toIsoDate(lastDate),
    kind: "reference",
  };
}

export const buildClaims: Step = async () => {
  const file = deriveClaims(CURATED_CLAIMS_FILE, readRawJson(CURATED_CLAIMS_FILE));
  const readings = file.claims.reduce((n, c) => n + c.readings.length, 0);
  return {
    files: [{ path: "claims.json", content: serializeJson(file) }],
    report: {
      title: "Curated claims → claims.json",
      lines: [
        `${file.claims.length} statements, ${readings} readings to check, ${file.claims[0]?.date ?? "-"} → ${file.claims.at(-1)?.date ?? "-"}`,
      ],
    },
  };
};
